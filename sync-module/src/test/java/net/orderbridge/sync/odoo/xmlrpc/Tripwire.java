package net.orderbridge.sync.odoo.xmlrpc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicBoolean;

/** A Throwable that records being deserialised: stands in for a gadget chain in a faultCause. */
class Tripwire extends RuntimeException implements Serializable {
  static final AtomicBoolean DESERIALISED = new AtomicBoolean();
  private static final long serialVersionUID = 1L;

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    DESERIALISED.set(true);
  }

  static byte[] serialised() {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new Tripwire());
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
