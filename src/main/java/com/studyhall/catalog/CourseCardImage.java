package com.studyhall.catalog;

import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The picture link previews show for a course (Open Graph and Twitter cards): 1200 × 630 px, the
 * size both recommend, drawn with Java2D from the course's title, tagline, category, level and
 * instructor. A picture is kept per course version and text drawn (the newest {@value #KEPT}
 * pictures); the address carries the course's version, so caches outside fetch a new one when
 * the course is edited.
 */
@Component
class CourseCardImage {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    static final int KEPT = 64;

    private static final Color INK = new Color(0x1b, 0x1f, 0x3b);
    private static final Color ACCENT = new Color(0x4f, 0x46, 0xe5);
    private static final Color PAPER = new Color(0xf7, 0xf7, 0xfb);
    private static final Color MUTED = new Color(0x4b, 0x55, 0x63);

    /** The facts a card shows. */
    record Card(long courseId, long version, String title, String tagline, String category, String level,
                String instructor) {
    }

    private final Map<Card, byte[]> kept = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Card, byte[]> eldest) {
                    return size() > KEPT;
                }
            });

    /** The card's address for a course at a version. */
    static String path(String slug, long version) {
        return "/courses/" + slug + "/card.png?v=" + version;
    }

    byte[] png(Card card) {
        return kept.computeIfAbsent(card, CourseCardImage::draw);
    }

    static byte[] draw(Card card) {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(PAPER);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ACCENT);
            g.fillRect(0, 0, 24, HEIGHT);

            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 34));
            g.drawString("Studyhall", 80, 100);
            String facts = card.category() + "  ·  " + card.level();
            g.setColor(MUTED);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
            g.drawString(facts, WIDTH - 80 - g.getFontMetrics().stringWidth(facts), 100);

            g.setColor(INK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 72));
            int y = drawLines(g, card.title(), 80, 220, WIDTH - 160, 2);
            g.setColor(MUTED);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 36));
            drawLines(g, card.tagline(), 80, y + 30, WIDTH - 160, 3);

            g.setColor(ACCENT);
            g.setStroke(new BasicStroke(3));
            g.draw(new RoundRectangle2D.Double(80, HEIGHT - 130, 70, 70, 70, 70));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
            String initials = com.studyhall.accounts.Initials.of(card.instructor());
            FontMetrics m = g.getFontMetrics();
            g.drawString(initials, 115 - m.stringWidth(initials) / 2, HEIGHT - 95 + m.getAscent() / 2 - 4);
            g.setColor(INK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 32));
            g.drawString("Taught by " + card.instructor(), 175, HEIGHT - 84);
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return out.toByteArray();
    }

    /** Draws the text wrapped at word boundaries, at most {@code maxLines} (the last one ends "…"); returns the next baseline. */
    private static int drawLines(Graphics2D g, String text, int x, int y, int width, int maxLines) {
        FontMetrics m = g.getFontMetrics();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (text == null ? "" : text.strip()).split("\\s+")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (m.stringWidth(tried) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(tried);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            lines = new ArrayList<>(lines.subList(0, maxLines));
            String last = lines.get(maxLines - 1);
            while (!last.isEmpty() && m.stringWidth(last + "…") > width) {
                last = last.substring(0, last.length() - 1);
            }
            lines.set(maxLines - 1, last.strip() + "…");
        }
        int lineHeight = (int) (m.getHeight() * 1.1);
        for (String l : lines) {
            g.drawString(l, x, y);
            y += lineHeight;
        }
        return y;
    }
}
