package archfixture.odooflow.sync.pull;

public class Remote {}
