package cn.paiban.geom;

/** A point in millipoints, y downwards. */
public record Point(int x, int y) {}
