package archfixture.pushpull.sync.push;

/** Breaks the rule: the push runs a pull step itself. */
public class Exporter {
  archfixture.pushpull.sync.pull.PullOne pull;
}
