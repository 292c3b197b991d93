@echo off
rem Verbatim's launcher for Windows: runs the command line, dev.verbatim.cli.Main, on the jars in
rem the bundle's lib\ folder, whatever the current directory. "verbatim --help" lists the commands.
rem
rem Needs a Java 17 (or later) runtime: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java
rem on the PATH. VERBATIM_OPTS holds options for the JVM (default -Xmx2g).

setlocal
set "APP_HOME=%~dp0.."

if defined JAVA_HOME (
  set "JAVACMD=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVACMD=java.exe"
)
if defined JAVA_HOME if not exist "%JAVACMD%" (
  echo verbatim: JAVA_HOME is %JAVA_HOME%, but %JAVACMD% does not exist 1>&2
  exit /b 1
)

if not defined VERBATIM_OPTS set "VERBATIM_OPTS=-Xmx2g"

"%JAVACMD%" %VERBATIM_OPTS% -cp "%APP_HOME%\lib\*" dev.verbatim.cli.Main %*
exit /b %ERRORLEVEL%
