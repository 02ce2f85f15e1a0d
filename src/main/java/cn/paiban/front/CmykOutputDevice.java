package cn.paiban.front;

import org.xhtmlrenderer.css.parser.FSCMYKColor;
import org.xhtmlrenderer.css.parser.FSColor;
import org.xhtmlrenderer.css.parser.FSRGBColor;
import org.xhtmlrenderer.pdf.ITextOutputDevice;

/**
 * Flying Saucer's PDF device with every colour turned into DeviceCMYK, so front-matter pages print like the
 * body: a grey (r = g = b) becomes black ink only, #000000 text is K100. The templates keep writing
 * ordinary CSS colours, which the preview's Java2D renderer understands (it rejects cmyk()).
 */
class CmykOutputDevice extends ITextOutputDevice {
    CmykOutputDevice(float dotsPerPoint) { super(dotsPerPoint); }

    @Override
    public void setColor(FSColor color) {
        super.setColor(color instanceof FSRGBColor rgb ? toCmyk(rgb) : color);
    }

    static FSCMYKColor toCmyk(FSRGBColor rgb) {
        float r = rgb.getRed() / 255f;
        float g = rgb.getGreen() / 255f;
        float b = rgb.getBlue() / 255f;
        if (rgb.getRed() == rgb.getGreen() && rgb.getGreen() == rgb.getBlue()) return new FSCMYKColor(0, 0, 0, 1 - r);
        float k = 1 - Math.max(r, Math.max(g, b));
        float d = 1 - k;
        return new FSCMYKColor((1 - r - k) / d, (1 - g - k) / d, (1 - b - k) / d, k);
    }
}
