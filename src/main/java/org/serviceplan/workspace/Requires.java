package org.serviceplan.workspace;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares what a handler of a workspace route ({@code {ws}} in its path) needs. The workspace access
 * check refuses any such handler without it, so a forgotten permission fails closed.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Requires {

	Permission value();
}
