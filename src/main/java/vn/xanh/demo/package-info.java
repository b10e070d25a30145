/**
 * A realistic sample year of submissions for every unit of the registry, a few of them flawed the way
 * real ones are, so that a newcomer sees the whole pipeline work on {@code xanh demo}.
 */
package vn.xanh.demo;
