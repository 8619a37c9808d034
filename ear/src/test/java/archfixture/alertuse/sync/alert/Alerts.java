package archfixture.alertuse.sync.alert;

public class Alerts {
  public void fire(String name) {}
}
