package net.orderbridge.web.openapi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import net.orderbridge.web.OrderBridgeApi;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter.In;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The OpenAPI document of every resource the WAR registers. Liberty's annotation scan only indexes
 * the web module's own classes, while each context keeps its resources in its own module (the EAR's
 * {@code lib/}), so this reader builds the paths from the registered classes themselves: their
 * {@code @Path}, HTTP methods, parameters, bodies and roles.
 */
public class RegisteredResourcesReader implements OASModelReader {
  private static final String API_ROOT = "/api";
  private static final Map<Class<? extends Annotation>, PathItem.HttpMethod> VERBS =
      Map.of(
          GET.class, PathItem.HttpMethod.GET,
          POST.class, PathItem.HttpMethod.POST,
          PUT.class, PathItem.HttpMethod.PUT,
          DELETE.class, PathItem.HttpMethod.DELETE);

  @Override
  public OpenAPI buildModel() {
    OpenAPI document =
        OASFactory.createOpenAPI()
            .openapi("3.0.3")
            .info(
                OASFactory.createInfo()
                    .title("OrderBridge")
                    .version("1.0")
                    .description("Purchase orders kept in step with Odoo."))
            .paths(OASFactory.createPaths())
            .components(
                OASFactory.createComponents()
                    .addSecurityScheme(
                        "basic",
                        OASFactory.createSecurityScheme()
                            .type(SecurityScheme.Type.HTTP)
                            .scheme("basic")));
    new OrderBridgeApi()
        .getClasses().stream()
            .filter(type -> type.isAnnotationPresent(Path.class))
            .sorted(Comparator.comparing(Class::getName))
            .forEach(resource -> describe(document, resource));
    return document;
  }

  private static void describe(OpenAPI document, Class<?> resource) {
    String base = API_ROOT + normalise(resource.getAnnotation(Path.class).value());
    String tag = resource.getSimpleName().replace("Resource", "");
    Arrays.stream(resource.getMethods())
        .sorted(Comparator.comparing(Method::getName))
        .forEach(
            method ->
                VERBS.forEach(
                    (annotation, verb) -> {
                      if (method.isAnnotationPresent(annotation)) {
                        String path = base + subPath(method);
                        PathItem item = document.getPaths().getPathItem(path);
                        if (item == null) {
                          item = OASFactory.createPathItem();
                          document.getPaths().addPathItem(path, item);
                        }
                        item.setOperation(verb, operation(resource, method, tag, verb));
                      }
                    }));
  }

  private static Operation operation(
      Class<?> resource, Method method, String tag, PathItem.HttpMethod verb) {
    Operation operation =
        OASFactory.createOperation()
            .operationId(
                tag.substring(0, 1).toLowerCase() + tag.substring(1) + "_" + method.getName())
            .addTag(tag)
            .summary(roles(resource, method));
    boolean hasBody = false;
    for (Parameter parameter : method.getParameters()) {
      In in = where(parameter);
      if (in != null) {
        operation.addParameter(
            OASFactory.createParameter()
                .name(name(parameter))
                .in(in)
                .required(in == In.PATH)
                .schema(OASFactory.createSchema().type(schemaType(parameter.getType()))));
      } else if (!parameter.isAnnotationPresent(Context.class)) {
        hasBody = true;
        operation.requestBody(
            OASFactory.createRequestBody()
                .required(true)
                .content(
                    OASFactory.createContent()
                        .addMediaType(
                            "application/json",
                            OASFactory.createMediaType()
                                .schema(
                                    OASFactory.createSchema()
                                        .type(SchemaType.OBJECT)
                                        .title(parameter.getType().getSimpleName())))));
      }
    }
    String success = verb == PathItem.HttpMethod.POST && hasBody ? "201" : "200";
    operation.responses(
        OASFactory.createAPIResponses()
            .addAPIResponse(
                method.getReturnType() == void.class ? "204" : success,
                OASFactory.createAPIResponse().description(method.getReturnType().getSimpleName()))
            .addAPIResponse(
                "default",
                OASFactory.createAPIResponse()
                    .description("An RFC 9457 problem (application/problem+json)")));
    return operation;
  }

  private static String roles(Class<?> resource, Method method) {
    RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      allowed = resource.getAnnotation(RolesAllowed.class);
    }
    return allowed == null
        ? "Any authenticated caller"
        : "Roles: " + String.join(", ", allowed.value());
  }

  private static In where(Parameter parameter) {
    if (parameter.isAnnotationPresent(PathParam.class)) {
      return In.PATH;
    }
    if (parameter.isAnnotationPresent(QueryParam.class)) {
      return In.QUERY;
    }
    if (parameter.isAnnotationPresent(HeaderParam.class)) {
      return In.HEADER;
    }
    return null;
  }

  private static String name(Parameter parameter) {
    if (parameter.isAnnotationPresent(PathParam.class)) {
      return parameter.getAnnotation(PathParam.class).value();
    }
    if (parameter.isAnnotationPresent(QueryParam.class)) {
      return parameter.getAnnotation(QueryParam.class).value();
    }
    return parameter.getAnnotation(HeaderParam.class).value();
  }

  private static SchemaType schemaType(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return SchemaType.INTEGER;
    }
    return SchemaType.STRING;
  }

  private static String subPath(Method method) {
    Path path = method.getAnnotation(Path.class);
    return path == null ? "" : normalise(path.value());
  }

  private static String normalise(String path) {
    String trimmed = path.replaceAll("/+$", "");
    return trimmed.startsWith("/") || trimmed.isEmpty() ? trimmed : "/" + trimmed;
  }
}
