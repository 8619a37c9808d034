package archfixture.logflow.sync.log;

/** Breaks the rule: the sync log reads a flow's type. */
public class Writer {
  void write(archfixture.logflow.sync.push.Claim claim) {}
}
