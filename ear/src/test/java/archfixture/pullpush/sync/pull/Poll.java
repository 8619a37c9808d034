package archfixture.pullpush.sync.pull;

/** Breaks the rule: the pull wakes the push itself. */
public class Poll {
  archfixture.pullpush.sync.push.Drain drain;
}
