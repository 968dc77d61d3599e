package org.serviceplan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * ServicePlan: the whole chain from a customer's pain to a voted idea, a plan task, a standard,
 * an audit score, a bonus and a metric.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ServicePlanApplication {

	public static void main(String[] args) {
		SpringApplication.run(ServicePlanApplication.class, args);
	}
}
