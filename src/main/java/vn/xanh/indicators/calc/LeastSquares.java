package vn.xanh.indicators.calc;

import java.util.List;

/** A straight line fitted through points by ordinary least squares. */
public final class LeastSquares {

    public record Point(double x, double y) {
    }

    private LeastSquares() {
    }

    /** The fitted line read at {@code x}; the points must have at least two distinct x. */
    public static double predict(List<Point> points, double x) {
        double n = points.size();
        double meanX = points.stream().mapToDouble(Point::x).sum() / n;
        double meanY = points.stream().mapToDouble(Point::y).sum() / n;
        double sxy = 0;
        double sxx = 0;
        for (Point p : points) {
            sxy += (p.x() - meanX) * (p.y() - meanY);
            sxx += (p.x() - meanX) * (p.x() - meanX);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        return meanY + slope * (x - meanX);
    }
}
