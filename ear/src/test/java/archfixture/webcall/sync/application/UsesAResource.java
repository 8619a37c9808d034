package archfixture.webcall.sync.application;

import archfixture.webcall.sync.web.StatusResource;

/** Bad: a use case that depends on a REST resource. */
public class UsesAResource {
  public StatusResource resource;
}
