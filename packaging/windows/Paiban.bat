@echo off
rem Paiban 排版 with a console: double-click for the editor, or "Paiban.bat export 样刊文件夹 -o 本期.pdf" and the other
rem commands of "Paiban.bat help". Paiban.vbs starts the editor without this console window.
rem bin/package writes this file in GBK with CRLF line ends, as cmd.exe reads it on Chinese Windows.
setlocal EnableExtensions DisableDelayedExpansion
set "HERE=%~dp0"
rem No "cd" to this folder: "Paiban.bat export 2023-04 -o 本期.pdf" typed in the issue's folder must find 2023-04 and write
rem 本期.pdf there, not in the install folder. Paiban finds its fonts/ and templates/ beside paiban.jar wherever it runs.
set "JAVA="
if exist "%~dp0runtime\bin\java.exe" set "JAVA=%~dp0runtime\bin\java.exe"
if not defined JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA=%%~$PATH:J"
if not defined JAVA goto nojava
set "JVER="
for /f "tokens=2,3" %%u in ('call "%JAVA%" -version 2^>^&1') do if "%%u"=="version" if not defined JVER set "JVER=%%~v"
set "MAJOR=" & set "MINOR="
for /f "tokens=1,2 delims=.-_+" %%a in ("%JVER%") do (set "MAJOR=%%a" & set "MINOR=%%b")
if "%MAJOR%"=="1" set "MAJOR=%MINOR%"
if not defined MAJOR goto nojava
set /a MAJORNUM=%MAJOR% 2>nul
if %MAJORNUM% LSS 17 goto oldjava
rem As the Linux launcher: the editor (no command, or an issue folder) starts on the C1 compiler with a young generation
rem of 128 MB (no collection before its first page) and a class-data archive of its own; the headless commands start on
rem C1 with the serial collector and an archive of theirs. C2 costs more CPU than it saves on the way to the first page
rem or in a one-second job. The list below is every command "Paiban.bat help" lists, and help itself, but bench and fuzz,
rem which run for minutes or time warm runs and keep the JVM's defaults (LaunchersTest compares it with the jar's).
rem Each archive is recorded when the first run after an install or update ends and mapped by the later ones (see :cds);
rem only the editor and the commands that typeset a whole issue record one: an archive recorded by "Paiban.bat info"
rem would hold a fraction of an export's classes and stay until the next update.
set "KIND="
set "JVMOPTS="
set "CDS="
set "RECORD="
if "%~1"=="" set "KIND=editor"
if not defined KIND if exist "%~1\" set "KIND=editor"
for %%C in (export preflight check render outline import-text cover new add plan info proof diff proof-import version help --help --version) do if /i "%~1"=="%%C" set "KIND=cli"
if "%KIND%"=="editor" set "RECORD=1"
for %%C in (export preflight render) do if /i "%~1"=="%%C" set "RECORD=1"
if "%KIND%"=="editor" set "JVMOPTS=-XX:TieredStopAtLevel=1 -Xmn128m"
if "%KIND%"=="cli" set "JVMOPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn128m"
rem Both map their archive where it was recorded (moving it costs the JVM's start 0.2-0.35 s) and keep no perf-data file.
if defined KIND set "JVMOPTS=%JVMOPTS% -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -XX:-UsePerfData"
if defined KIND call :cds
rem The jar on the class path with its main class named, not -jar, which opens and reads the jar's directory twice.
"%JAVA%" %JVMOPTS% %CDS% -Xmx2g -Dfile.encoding=UTF-8 -cp "%~dp0paiban.jar" cn.paiban.Launcher %*
set "RC=%ERRORLEVEL%"
rem A file dropped on this file (not a command, not a folder; a .docx, a PDF) that Paiban cannot open: its message stays
rem until a key is pressed, instead of going with the console window, which closed at once.
if not defined KIND if exist "%~1" if not "%RC%"=="0" pause
exit /b %RC%

rem The archives live under LOCALAPPDATA\Paiban\cds, writable whatever the install folder is, named after the jar's and
rem java.exe's size and time (a new jar or Java records a new archive; those of the old jar are deleted). The folder goes
rem in by its short 8.3 name: Java reads the option in the ANSI code page, and a user name with a space or Chinese
rem characters (C:\Users\张 三) would not survive it. No parenthesised blocks here: a ")" in such a path would end them.
rem Java runs on without an archive it cannot read or write, so nothing here can keep Paiban from starting.
:cds
set "CDSDIR=%LOCALAPPDATA%\Paiban\cds"
if not defined LOCALAPPDATA set "CDSDIR=%USERPROFILE%\.paiban\cds"
if not exist "%CDSDIR%\" mkdir "%CDSDIR%" >nul 2>&1
if not exist "%CDSDIR%\" exit /b 0
for %%D in ("%CDSDIR%") do set "CDSDIR=%%~sD"
set "STAMP="
for %%F in ("%HERE%paiban.jar") do set "STAMP=%%~zF %%~tF"
for %%F in ("%JAVA%") do set "STAMP=%STAMP% %%~zF %%~tF"
set "STAMP=%STAMP:/=%"
set "STAMP=%STAMP::=%"
set "STAMP=%STAMP:.=%"
set "STAMP=%STAMP: =-%"
set "JSA=%CDSDIR%\paiban-%KIND%-%STAMP%.jsa"
if exist "%JSA%" set CDS="-XX:SharedArchiveFile=%JSA%" -Xlog:cds=off -Xlog:cds+dynamic=off
if exist "%JSA%" exit /b 0
if not defined RECORD exit /b 0
del /q "%CDSDIR%\paiban-%KIND%-*.jsa" >nul 2>&1
set CDS="-XX:ArchiveClassesAtExit=%JSA%" -Xlog:cds=off -Xlog:cds+dynamic=off
exit /b 0

:oldjava
echo 找到的 Java 是 %JVER% 版（%JAVA%），太旧了；Paiban 排版需要 Java 17 或更高版本。
goto howto
:nojava
echo 没有找到 Java；Paiban 排版需要 Java 17 或更高版本。
:howto
echo.
echo 请安装 Java 17 或更新版本（64 位），例如免费的 Eclipse Temurin 17 JRE：
echo   https://adoptium.net/zh-CN/temurin/releases/?version=17
echo   操作系统选 Windows，架构选 x64，下载 .msi 安装包，安装时勾选“设置 JAVA_HOME 变量”。
echo 也可以把解压好的 Java 放进本文件夹的 runtime 子文件夹（runtime\bin\java.exe）。
echo.
pause
exit /b 1
