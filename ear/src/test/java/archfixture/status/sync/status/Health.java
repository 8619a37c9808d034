package archfixture.status.sync.status;

public class Health {}
