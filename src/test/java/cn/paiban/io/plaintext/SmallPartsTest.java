package cn.paiban.io.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names, page furniture and character facts, each with the small cases that the seed holds. */
class SmallPartsTest {

    @Test
    void paddedTwoCharacterNamesAreOneName() {
        assertEquals(List.of("王晓东", "王志福", "王虎"), Names.split("王晓东 王志福 王 虎").names());
        assertEquals(List.of("孟福荣", "侯强", "高宇"), Names.split("孟福荣 侯 强 高 宇").names());
        assertEquals(List.of("王荣", "王晓丽", "唐丽"), Names.split("王 荣 王晓丽 唐 丽").names());
        assertEquals(List.of("刘宏武", "祁贵"), Names.split("刘宏武 祁 贵").names());
        assertTrue(Names.split("辛 泰 刘晓峰").certain());
    }

    @Test
    void aLoneSingleCharacterIsNotCertain() {
        Names.Split s = Names.split("王晓东 虎");
        assertFalse(s.certain());
        assertEquals(List.of("王晓东", "虎"), s.names());
    }

    @Test
    void runningHeadsFoliosAndJumpMarkers() {
        assertEquals("本期特稿", PageFurniture.runningHead("·本期特稿·"));
        assertEquals("党建园地", PageFurniture.runningHead(" ·党建园地· "));
        assertNull(PageFurniture.runningHead("·探讨经济新问题·关注社会新热点·宣传开放新政策·"), "a slogan is not a running head");
        assertEquals(48, PageFurniture.folio("·48·"));
        assertNull(PageFurniture.folio("(48)"), "a contents page number is not a folio");
        PageFurniture.Jump out = PageFurniture.jumpOut("生态环境大为改善，老（下转第46页）");
        assertEquals(46, out.page());
        assertEquals("生态环境大为改善，老", out.rest());
        PageFurniture.Jump in = PageFurniture.jumpIn("(上接第 17 页)石扩种的底气更足了。");
        assertEquals(17, in.page());
        assertEquals("石扩种的底气更足了。", in.rest());
        assertNull(PageFurniture.jumpIn("上接第17页的内容"));
    }

    @Test
    void sentenceEndsAndOpenBrackets() {
        assertTrue(Chars.endsSentence("分析判断，这是做好下半年经济工作的首要前提。"));
        assertTrue(Chars.endsSentence("“有理想、敢担当。”"));
        assertTrue(Chars.endsSentence("大幅减轻企业负担……"));
        assertTrue(Chars.endsSentence("现已通过规范性审定；"));
        assertTrue(Chars.endsSentence("（文章来源：《人民日报》）"));
        assertFalse(Chars.endsSentence("端稳粮食和能源“饭碗”"), "a quote closing a noun does not end a sentence");
        assertFalse(Chars.endsSentence("会议对当前我国经济形势作出重要"));
        assertTrue(Chars.leavesOpen("先后研究出台《朔州市固废综合利用"));
        assertTrue(Chars.leavesOpen("“真没想到，在右玉还藏着这样一个"));
        assertFalse(Chars.leavesOpen("项目为王 塞上绿洲引来“美丽”资本"));
        assertEquals(15.5, Chars.compressedEm("当前，县域参与国内外经济竞争面临"));
        assertTrue(Chars.hasHanSpaceHan("夯实基础 鞍向发力"));
        assertFalse(Chars.hasHanSpaceHan("Shuo Zhou Jing Ji"));
    }

    @Test
    void slugsArePinyinOfTheFirstFourHanCharactersAndUnique() {
        Slugs s = new Slugs();
        assertEquals("juanshouyu", s.of("卷首语", "x"));
        assertEquals("jiakuai-fazhan", s.of("加快发展县域经济 促进区域协调发展", "x"));
        assertEquals("jiakuai-fazhan-2", s.of("加快发展", "x"));
        assertEquals("zhenggao-qishi", s.of("关于《朔州经济》的征稿启事", "x", true));
        assertEquals("jingji-zhibiao", s.of("2023年朔州市1—7月主要经济指标", "x", true));
        assertEquals("table", s.of("2023", "table"));
    }
}
