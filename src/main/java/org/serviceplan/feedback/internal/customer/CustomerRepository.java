package org.serviceplan.feedback.internal.customer;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CustomerRepository extends JpaRepository<Customer, UUID> {

	/** Every customer of the current workspace (the tenant filter applies to bulk statements too). */
	@Modifying
	@Query("delete from Customer")
	void removeAll();
}
