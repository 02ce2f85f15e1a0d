package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.i18n.Msg;
import org.junit.jupiter.api.Test;

/** A mistyped command is refused with the list of commands and, when one is near, the one it most likely meant. */
class UnknownCommandTest {
    @Test
    void aMistypedCommandNamesTheOneItMostLikelyMeant() {
        var r = ImportTextCommandTest.run("exprot", "samples/shuozhou-jingji-2023-04");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("没有“exprot”这个命令（是不是 export？）；可用的命令如下"), r.err());
        assertTrue(ImportTextCommandTest.run("preflihgt", "x").err().contains("是不是 preflight？"), "two letters swapped");
        assertTrue(ImportTextCommandTest.run("prof-import", "x").err().contains("是不是 proof-import？"), "one letter missing");
        var far = ImportTextCommandTest.run("typeset", "x");
        assertEquals(2, far.code());
        assertTrue(far.err().contains("没有“typeset”这个命令；可用的命令如下"), "nothing near: no guess: " + far.err());
        assertTrue(ImportTextCommandTest.run("ad", "x").err().contains("是不是 add？"));
        assertFalse(ImportTextCommandTest.run("xy", "x").err().contains("是不是"), "no command is one edit from it");
        Msg.use("en");
        try {
            assertTrue(ImportTextCommandTest.run("exprot", "x").err().contains("unknown command 'exprot' (did you mean export?); the commands are"));
        } finally {
            Msg.use("zh");
        }
    }
}
