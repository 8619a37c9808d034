package net.orderbridge.sync.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import net.orderbridge.sync.conflict.ConflictPolicies;

/**
 * Makes the conflict policies of {@code sync.conflicts} injectable, so that the conflict package
 * reads them without depending on the pull's settings. Dependent: parsed for each injection (or
 * each {@code Provider.get()}), as {@link PullSettings#policies()} parses on each call.
 */
@ApplicationScoped
public class ConflictPoliciesProducer {
  private final PullSettings settings;

  @Inject
  public ConflictPoliciesProducer(PullSettings settings) {
    this.settings = settings;
  }

  /** For CDI's client proxy. */
  protected ConflictPoliciesProducer() {
    this(null);
  }

  @Produces
  @Dependent
  ConflictPolicies conflictPolicies() {
    return settings.policies();
  }
}
