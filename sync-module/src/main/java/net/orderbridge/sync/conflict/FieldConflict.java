package net.orderbridge.sync.conflict;

/**
 * One field changed on both sides since the last sync, to different values. Null values mean absent
 * (a line removed on that side).
 */
public record FieldConflict(
    String path,
    String base,
    String local,
    String remote,
    FieldGroup group,
    ConflictPolicy policy) {}
