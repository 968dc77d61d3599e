package org.serviceplan.feedback.internal;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;

/** The answer store for the database the application runs on: COPY on PostgreSQL, JDBC batches elsewhere. */
@Configuration(proxyBeanMethods = false)
class AnswerStores {

	@Bean
	AnswerStore answerStore(DataSource dataSource, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
			FeedbackProperties properties) throws MetaDataAccessException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		if ("PostgreSQL".equals(product)) {
			return new PostgresAnswerStore(dataSource, jdbc, transactionManager, properties.heldRollupCells());
		}
		return new PortableAnswerStore(jdbc, transactionManager, false, properties.heldRollupCells());
	}
}
