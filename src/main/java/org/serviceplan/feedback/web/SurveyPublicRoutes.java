package org.serviceplan.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finds the public survey pages before the app's other routes. Spring MVC matches a path with a variable
 * ({@code /f/{surveyCode}}) by trying every annotated route of the app in turn — hundreds of them — which is most
 * of the work of serving this page from memory; this mapping knows only {@link SurveyPublicController}'s few
 * routes and answers for nothing outside {@code /f/}. The main mapping keeps the routes too (route listings,
 * the tenancy walk), it is just never asked for them.
 */
@Component
class SurveyPublicRoutes implements HandlerMapping, Ordered, ApplicationContextAware, InitializingBean {

	private final RequestMappingHandlerMapping routes = new RequestMappingHandlerMapping() {
		@Override
		protected boolean isHandler(Class<?> beanType) {
			return SurveyPublicController.class.equals(beanType);
		}
	};

	@Override
	public void setApplicationContext(ApplicationContext context) {
		routes.setApplicationContext(context);
	}

	@Override
	public void afterPropertiesSet() {
		routes.afterPropertiesSet();
	}

	@Override
	public HandlerExecutionChain getHandler(HttpServletRequest request) throws Exception {
		return request.getRequestURI().startsWith(request.getContextPath() + "/f/") ? routes.getHandler(request) : null;
	}

	@Override
	public boolean usesPathPatterns() {
		return true;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}
}
