package net.orderbridge.sync.odoo;

import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The bare transport to Odoo, without fault tolerance. Only {@link OdooGateway} injects it;
 * everything else injects the plain {@code OdooClient}, which is the gateway.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface OdooTransport {}
