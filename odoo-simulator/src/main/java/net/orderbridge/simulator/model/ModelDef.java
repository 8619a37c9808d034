package net.orderbridge.simulator.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The definition of one model: its fields in Odoo's order, its default order and its label. */
public final class ModelDef {
  private final String name;
  private final String description;
  private final Map<String, Field> fields = new LinkedHashMap<>();
  private String defaultOrder = "id";
  private boolean purchaseRights;

  public ModelDef(String name, String description) {
    this.name = name;
    this.description = description;
  }

  public ModelDef add(Field field) {
    fields.put(field.name(), field);
    return this;
  }

  public ModelDef order(String order) {
    this.defaultOrder = order;
    return this;
  }

  /** Marks a model that only users with purchase rights may use. */
  public ModelDef purchaseRights() {
    this.purchaseRights = true;
    return this;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public String defaultOrder() {
    return defaultOrder;
  }

  public boolean needsPurchaseRights() {
    return purchaseRights;
  }

  public Field field(String fieldName) {
    return fields.get(fieldName);
  }

  public boolean has(String fieldName) {
    return fields.containsKey(fieldName);
  }

  public Collection<Field> fields() {
    return fields.values();
  }

  public void remove(String fieldName) {
    fields.remove(fieldName);
  }

  /** Replaces a field keeping its position. */
  public void replace(String oldName, Field field) {
    Map<String, Field> copy = new LinkedHashMap<>();
    fields.forEach(
        (k, v) -> copy.put(k.equals(oldName) ? field.name() : k, k.equals(oldName) ? field : v));
    fields.clear();
    fields.putAll(copy);
  }
}
