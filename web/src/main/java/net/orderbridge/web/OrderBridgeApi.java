package net.orderbridge.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import net.orderbridge.purchaseorder.web.PurchaseOrderResource;
import net.orderbridge.supplier.web.CatalogueAuditResource;
import net.orderbridge.supplier.web.ProductResource;
import net.orderbridge.supplier.web.SupplierResource;
import net.orderbridge.sync.alert.AlertResource;
import net.orderbridge.sync.binding.OdooDatabaseResource;
import net.orderbridge.sync.conflict.ConflictResource;
import net.orderbridge.sync.pull.PullResource;
import net.orderbridge.sync.push.PushSwitchResource;
import net.orderbridge.sync.push.SyncResource;
import net.orderbridge.sync.status.SyncEventsResource;
import net.orderbridge.sync.status.SyncHistoryResource;
import net.orderbridge.sync.status.SyncStatusResource;
import net.orderbridge.sync.webhook.OdooWebhookResource;
import net.orderbridge.sync.webhook.RealtimeSyncResource;
import net.orderbridge.web.abuse.ApiRateLimitFilter;
import net.orderbridge.web.problem.ProblemExceptionMapper;
import net.orderbridge.web.problem.RequestSizeLimit;
import net.orderbridge.web.security.BasicAuthenticationFilter;
import net.orderbridge.web.security.ConsoleRequestGuard;
import net.orderbridge.web.security.HttpsOnlyFilter;
import net.orderbridge.web.security.RoleAuthorizationFilter;
import net.orderbridge.web.security.SessionResource;

/**
 * The REST API. Each bounded context keeps its resources in its own module's {@code web} package;
 * this thin WAR registers them, because JAX-RS only scans the web module it lives in.
 */
@ApplicationPath("/api")
public class OrderBridgeApi extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        ConsoleRequestGuard.class,
        HttpsOnlyFilter.class,
        BasicAuthenticationFilter.class,
        ApiRateLimitFilter.class,
        RoleAuthorizationFilter.class,
        RequestSizeLimit.class,
        ProblemExceptionMapper.class,
        SessionResource.class,
        SyncEventsResource.class,
        SyncHistoryResource.class,
        AlertResource.class,
        PurchaseOrderResource.class,
        SupplierResource.class,
        ProductResource.class,
        CatalogueAuditResource.class,
        OdooWebhookResource.class,
        RealtimeSyncResource.class,
        SyncResource.class,
        SyncStatusResource.class,
        PushSwitchResource.class,
        OdooDatabaseResource.class,
        PullResource.class,
        ConflictResource.class);
  }
}
