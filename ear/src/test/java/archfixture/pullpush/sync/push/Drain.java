package archfixture.pullpush.sync.push;

public class Drain {}
