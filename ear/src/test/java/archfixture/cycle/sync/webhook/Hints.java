package archfixture.cycle.sync.webhook;

/** Breaks the rule: webhook and pull use each other. */
public class Hints {
  archfixture.cycle.sync.pull.Poll poll;
}
