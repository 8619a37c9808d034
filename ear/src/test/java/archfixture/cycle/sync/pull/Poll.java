package archfixture.cycle.sync.pull;

public class Poll {
  archfixture.cycle.sync.webhook.Hints hints;
}
