package archfixture.odoocall.sync.odoo;

public interface OdooClient {
  String version();

  void unlink(String model, long id);
}
