package net.orderbridge.sync.infrastructure.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import net.orderbridge.sync.application.webhook.WebhookHint;
import net.orderbridge.sync.application.webhook.WebhookHints;

/** {@link WebhookHints} in {@code sync.webhook_hint} and {@code sync.realtime_switch}. */
@ApplicationScoped
public class JpaWebhookHints implements WebhookHints {

  @PersistenceContext(unitName = "sync")
  EntityManager entities;

  @Override
  public boolean enqueue(WebhookHint hint) {
    return entities
            .createNativeQuery(
                "insert into sync.webhook_hint (model, record_id) values (?1, ?2)"
                    + " on conflict (model, record_id) where processed_at is null do nothing")
            .setParameter(1, hint.model())
            .setParameter(2, hint.recordId())
            .executeUpdate()
        == 1;
  }

  @Override
  public void markProcessed(WebhookHint hint) {
    entities
        .createNativeQuery(
            "update sync.webhook_hint set processed_at = now()"
                + " where model = ?1 and record_id = ?2 and processed_at is null")
        .setParameter(1, hint.model())
        .setParameter(2, hint.recordId())
        .executeUpdate();
  }

  @Override
  public boolean realtimeEnabled() {
    Object enabled =
        entities
            .createNativeQuery("select enabled from sync.realtime_switch where id = 1")
            .getSingleResult();
    return Boolean.TRUE.equals(enabled);
  }

  @Override
  public void switchRealtime(boolean enabled, String by) {
    entities
        .createNativeQuery(
            "update sync.realtime_switch set enabled = ?1, changed_by = ?2, changed_at = now()"
                + " where id = 1")
        .setParameter(1, enabled)
        .setParameter(2, by)
        .executeUpdate();
  }
}
