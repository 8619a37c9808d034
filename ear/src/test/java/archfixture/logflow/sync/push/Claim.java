package archfixture.logflow.sync.push;

public class Claim {}
