package org.serviceplan.feedback;

import org.serviceplan.feedback.internal.target.Target;
import org.serviceplan.shared.RecordType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The dashboard's audited records, so History shows who set, changed or dropped which metric target. */
@Configuration(proxyBeanMethods = false)
class FeedbackRecords {

	@Bean
	@Order(30)
	RecordType targetRecord() {
		return RecordType.of("target", Target.class, "metric").referring("touchpointId", "touchpoint");
	}
}
