@echo off
rem Paiban 排版 with a console: double-click for the editor, or "Paiban.bat export 样刊文件夹 -o 本期.pdf" and the other
rem commands of "Paiban.bat help". Paiban.vbs starts the editor without this console window.
rem bin/package writes this file in GBK with CRLF line ends, as cmd.exe reads it on Chinese Windows.
setlocal EnableExtensions
cd /d "%~dp0"
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
"%JAVA%" -Xmx2g -Dfile.encoding=UTF-8 -jar "%~dp0paiban.jar" %*
exit /b %ERRORLEVEL%

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
