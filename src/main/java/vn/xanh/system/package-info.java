/**
 * Settings, the clock and time zone, the folders the pipeline works in. Every stage may use it; it
 * uses no stage.
 */
package vn.xanh.system;
