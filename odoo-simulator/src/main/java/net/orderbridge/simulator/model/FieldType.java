package net.orderbridge.simulator.model;

/** Odoo field types, named as {@code fields_get} reports them. */
public enum FieldType {
  INTEGER,
  CHAR,
  TEXT,
  HTML,
  BOOLEAN,
  FLOAT,
  MONETARY,
  DATE,
  DATETIME,
  SELECTION,
  MANY2ONE,
  ONE2MANY,
  MANY2MANY,
  BINARY,
  JSON;

  public String odooName() {
    return name().toLowerCase();
  }

  public static FieldType of(String odooName) {
    return valueOf(odooName.toUpperCase());
  }

  public boolean isRelational() {
    return this == MANY2ONE || this == ONE2MANY || this == MANY2MANY;
  }

  public boolean isX2many() {
    return this == ONE2MANY || this == MANY2MANY;
  }
}
