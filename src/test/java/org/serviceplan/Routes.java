package org.serviceplan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every route the application serves, read from Spring MVC's mappings (library routes left out). */
final class Routes {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)[^}]*}");

	private Routes() {
	}

	static List<Route> of(RequestMappingHandlerMapping mappings) {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			if (info.getPathPatternsCondition() == null
					|| !entry.getValue().getBeanType().getPackageName().startsWith("org.serviceplan")) {
				continue;
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(new Route(method, pattern, entry.getValue()));
				}
			}
		}
		routes.sort(Comparator.comparing(Route::pattern).thenComparing(Route::method));
		return routes;
	}

	record Route(RequestMethod method, String pattern, HandlerMethod handler) {

		List<String> variables() {
			List<String> names = new ArrayList<>();
			Matcher m = VARIABLE.matcher(pattern);
			while (m.find()) {
				names.add(m.group(1));
			}
			return names;
		}

		String segmentBefore(String variable) {
			String[] segments = pattern.split("/");
			for (int i = 1; i < segments.length; i++) {
				if (segments[i].startsWith("{" + variable)) {
					return segments[i - 1];
				}
			}
			return variable;
		}

		String expand(Function<String, String> values) {
			Map<String, String> resolved = new LinkedHashMap<>();
			variables().forEach(v -> resolved.put(v, values.apply(v)));
			Matcher m = VARIABLE.matcher(pattern);
			StringBuilder uri = new StringBuilder();
			while (m.find()) {
				m.appendReplacement(uri, Matcher.quoteReplacement(resolved.get(m.group(1))));
			}
			m.appendTail(uri);
			return uri.toString();
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}
}
