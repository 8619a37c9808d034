package archfixture.webcall.sync.web;

public class StatusResource {}
