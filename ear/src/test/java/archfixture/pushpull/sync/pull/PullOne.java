package archfixture.pushpull.sync.pull;

public class PullOne {}
