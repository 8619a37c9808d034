package net.orderbridge.shared.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Maps {@link Instant} attributes to {@code timestamptz} columns through {@link Timestamp}.
 * EclipseLink 4 binds a null {@code Instant} as {@code bytea}, which PostgreSQL refuses for a
 * timestamp column; a {@code Timestamp} null is bound with its SQL type. Every persistence unit
 * lists this converter.
 */
@Converter(autoApply = true)
public class InstantColumn implements AttributeConverter<Instant, Timestamp> {

  @Override
  public Timestamp convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  @Override
  public Instant convertToEntityAttribute(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
