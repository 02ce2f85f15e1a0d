' Paiban 排版: starts the editor without a console window (double-click this file).
' Looks for Java 17 or newer: runtime\ beside this file, JAVA_HOME, the PATH, then the usual install folders
' (Eclipse Adoptium, Java, Microsoft, Zulu, BellSoft, Amazon Corretto); says in Chinese what to install when none fits.
' bin/package writes this file as UTF-16LE with a BOM, which Windows Script Host reads on any code page.
Option Explicit
Const NEED = 17
Dim sh, fso, here, best, bestMajor, oldest, oldMajor
Set sh = CreateObject("WScript.Shell")
Set fso = CreateObject("Scripting.FileSystemObject")
here = fso.GetParentFolderName(WScript.ScriptFullName)
bestMajor = 0 : oldMajor = 0

' The major version of bin\java.exe under a Java home (0 when there is none or it does not answer).
Function MajorOf(home)
    Dim exe, tmp, f, text, re, m, major
    MajorOf = 0
    exe = fso.BuildPath(home, "bin\java.exe")
    If Not fso.FileExists(exe) Then Exit Function
    If Not fso.FileExists(fso.BuildPath(home, "bin\javaw.exe")) Then Exit Function
    tmp = fso.BuildPath(fso.GetSpecialFolder(2), fso.GetTempName())
    sh.Run "cmd /c call """ & exe & """ -version 2> """ & tmp & """", 0, True
    If Not fso.FileExists(tmp) Then Exit Function
    Set f = fso.OpenTextFile(tmp, 1)
    If Not f.AtEndOfStream Then text = f.ReadAll Else text = ""
    f.Close
    fso.DeleteFile tmp
    Set re = New RegExp
    re.Pattern = "version ""(\d+)(?:\.(\d+))?"
    If Not re.Test(text) Then Exit Function
    Set m = re.Execute(text)(0)
    major = CInt(m.SubMatches(0))
    If major = 1 And m.SubMatches(1) <> "" Then major = CInt(m.SubMatches(1))
    MajorOf = major
End Function

Sub Consider(home)
    Dim major
    If home = "" Then Exit Sub
    If Not fso.FolderExists(home) Then Exit Sub
    major = MajorOf(home)
    If major >= NEED And major > bestMajor Then best = home : bestMajor = major
    If major > 0 And major < NEED And major > oldMajor Then oldest = home : oldMajor = major
End Sub

Sub ConsiderAllUnder(parent)
    Dim d
    If Not fso.FolderExists(parent) Then Exit Sub
    For Each d In fso.GetFolder(parent).SubFolders
        Consider d.Path
        If fso.FolderExists(fso.BuildPath(d.Path, "jre")) Then Consider fso.BuildPath(d.Path, "jre")
    Next
End Sub

Dim p, dir, pf, vendor
Consider fso.BuildPath(here, "runtime")
If bestMajor = 0 Then Consider sh.ExpandEnvironmentStrings("%JAVA_HOME%")
If bestMajor = 0 Then
    For Each dir In Split(sh.ExpandEnvironmentStrings("%PATH%"), ";")
        If dir <> "" And fso.FileExists(fso.BuildPath(dir, "java.exe")) Then Consider fso.GetParentFolderName(dir)
    Next
End If
If bestMajor = 0 Then
    For Each pf In Array(sh.ExpandEnvironmentStrings("%ProgramFiles%"), sh.ExpandEnvironmentStrings("%ProgramW6432%"))
        For Each vendor In Array("Eclipse Adoptium", "Java", "Microsoft", "Zulu", "BellSoft", "Amazon Corretto", "Eclipse Foundation")
            ConsiderAllUnder fso.BuildPath(pf, vendor)
        Next
    Next
End If

If bestMajor = 0 Then
    Dim msg
    msg = "没有找到 Java " & NEED & " 或更高版本，Paiban 排版需要它才能运行。" & vbCrLf & vbCrLf
    If oldMajor > 0 Then msg = msg & "这台电脑上找到的 Java 是 " & oldMajor & " 版（" & oldest & "），太旧了。" & vbCrLf & vbCrLf
    msg = msg & "请安装 Java 17 或更新版本（64 位），例如免费的 Eclipse Temurin 17 JRE：" & vbCrLf & _
        "  https://adoptium.net/zh-CN/temurin/releases/?version=17" & vbCrLf & _
        "  操作系统选 Windows，架构选 x64，下载 .msi 安装包，安装时勾选“设置 JAVA_HOME 变量”。" & vbCrLf & vbCrLf & _
        "也可以把解压好的 Java 放进本文件夹的 runtime 子文件夹（runtime\bin\javaw.exe）。" & vbCrLf & _
        "装好后再双击 Paiban.vbs。"
    MsgBox msg, vbExclamation, "Paiban 排版"
    WScript.Quit 1
End If

' As Paiban.bat and the Linux launcher start the editor: on the C1 compiler (C2 costs more CPU than it saves on the way to
' the first page), with a young generation of 128 MB (no collection before the first page) and a class-data archive of
' its own, recorded when the first editor after an install or update is closed and mapped by the later ones where it
' was recorded (moving it costs the JVM's start 0.2-0.35 s); no perf-data file.
' An issue folder (or its issue.json) dropped on this file, or given by "open with", is opened: each argument goes to Java
' in quotes, a trailing backslash (D:\) doubled so that it does not escape the closing quote.
Dim jar, javaw, cds, given, a
jar = fso.BuildPath(here, "paiban.jar")
javaw = fso.BuildPath(best, "bin\javaw.exe")
cds = CdsOption(jar, javaw)
given = ""
For Each a In WScript.Arguments
    If Right(a, 1) = "\" Then a = a & "\"
    given = given & " """ & a & """"
Next
sh.CurrentDirectory = here
sh.Run """" & javaw & """ -XX:TieredStopAtLevel=1 -Xmn128m -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -XX:-UsePerfData " & cds & "-Xmx2g -Dfile.encoding=UTF-8 -cp """ & jar & """ cn.paiban.Launcher" & given, 1, False

' The archive option (with a space after it), or "" when there is no folder to keep it in. The archives live under
' LOCALAPPDATA\Paiban\cds, writable whatever the install folder is, named after the jar's and javaw.exe's size and time
' (a new jar or Java records a new archive; those before it are deleted). The folder goes in by its short 8.3 name: Java
' reads its options in the ANSI code page, and a user name with a space or Chinese characters (C:\Users\张 三) would not
' survive it. Java runs on without an archive it cannot read or write, so nothing here keeps Paiban from starting.
Function CdsOption(jar, javaw)
    Dim base, dir, jsa, f
    CdsOption = ""
    On Error Resume Next
    base = sh.ExpandEnvironmentStrings("%LOCALAPPDATA%")
    If base = "%LOCALAPPDATA%" Or Not fso.FolderExists(base) Then base = sh.ExpandEnvironmentStrings("%USERPROFILE%")
    If Not fso.FolderExists(base) Then Exit Function
    dir = fso.BuildPath(base, "Paiban")
    If Not fso.FolderExists(dir) Then fso.CreateFolder dir
    dir = fso.BuildPath(dir, "cds")
    If Not fso.FolderExists(dir) Then fso.CreateFolder dir
    If Not fso.FolderExists(dir) Then Exit Function
    dir = fso.GetFolder(dir).ShortPath
    jsa = fso.BuildPath(dir, "paiban-editor-" & Stamp(jar) & "-" & Stamp(javaw) & ".jsa")
    If Err.Number <> 0 Then Exit Function
    If fso.FileExists(jsa) Then
        CdsOption = """-XX:SharedArchiveFile=" & jsa & """ -Xlog:cds=off -Xlog:cds+dynamic=off "
    Else
        ' an earlier jar's archive still mapped by an editor running from it cannot be deleted: it stays, this one is recorded
        For Each f In fso.GetFolder(dir).Files
            If LCase(Left(f.Name, 14)) = "paiban-editor-" Then f.Delete True
        Next
        CdsOption = """-XX:ArchiveClassesAtExit=" & jsa & """ -Xlog:cds=off -Xlog:cds+dynamic=off "
    End If
End Function

' A file's size and time as digits (yyyymmddhhnnss, the same on every locale).
Function Stamp(path)
    Dim f, d
    Set f = fso.GetFile(path)
    d = f.DateLastModified
    Stamp = f.Size & "-" & Year(d) & Right("0" & Month(d), 2) & Right("0" & Day(d), 2) & _
        Right("0" & Hour(d), 2) & Right("0" & Minute(d), 2) & Right("0" & Second(d), 2)
End Function
