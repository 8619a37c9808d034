package archfixture.status.sync.push;

/** Breaks the rule: a flow serves the status. */
public class Resource {
  archfixture.status.sync.status.Health health;
}
