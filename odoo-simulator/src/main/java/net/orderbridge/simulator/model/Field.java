package net.orderbridge.simulator.model;

import java.util.List;

/**
 * One field of a model.
 *
 * @param inverse for one2many fields, the many2one field on the comodel that points back
 * @param selection pairs of [value, label] for selection fields, else null
 */
public record Field(
    String name,
    FieldType type,
    String string,
    String relation,
    boolean required,
    boolean readonly,
    List<List<String>> selection,
    String inverse) {

  public static Field of(String name, FieldType type, String string) {
    return new Field(name, type, string, null, false, false, null, null);
  }

  public static Field rel(String name, FieldType type, String string, String relation) {
    return new Field(name, type, string, relation, false, false, null, null);
  }

  public Field withRequired(boolean value) {
    return new Field(name, type, string, relation, value, readonly, selection, inverse);
  }

  public Field withReadonly(boolean value) {
    return new Field(name, type, string, relation, required, value, selection, inverse);
  }

  public Field withInverse(String value) {
    return new Field(name, type, string, relation, required, readonly, selection, value);
  }

  public Field withSelection(List<List<String>> value) {
    return new Field(name, type, string, relation, required, readonly, value, inverse);
  }

  public Field renamed(String newName) {
    return new Field(newName, type, string, relation, required, readonly, selection, inverse);
  }

  /** The selection label of a value, used in Odoo's messages ("in state “Purchase Order”"). */
  public String label(String value) {
    if (selection != null) {
      for (List<String> pair : selection) {
        if (pair.get(0).equals(value)) {
          return pair.get(1);
        }
      }
    }
    return value;
  }
}
