@echo off
rem pm launcher for Windows: runs lib\pm.jar with %JAVA_HOME%\bin\java.exe, else the java on the PATH.
setlocal
set "PM_JAR=%~dp0..\lib\pm.jar"
if defined JAVA_HOME (
  set "PM_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "PM_JAVA=java.exe"
)
if defined JAVA_HOME if not exist "%PM_JAVA%" (
  echo pm: JAVA_HOME is %JAVA_HOME%, which has no bin\java.exe; point it at Java 17 or newer 1>&2
  exit /b 2
)
if not defined JAVA_HOME (
  where java.exe >nul 2>nul || (
    echo pm: no Java found: pm needs Java 17 or newer; install it and put java on the PATH or set JAVA_HOME 1>&2
    exit /b 2
  )
)
rem Unlike bin/pm, no version check before the start (it would cost a second JVM start on every
rem run): a JVM older than 17 stops with UnsupportedClassVersionError naming "class file version 61".
rem -XX:-UsePerfData: no hsperfdata file to create and update at each start, as in bin/pm (about 6 %
rem of a one-file run's CPU); PM_JAVA_OPTS=-XX:+UsePerfData, which comes after it, brings it back.
"%PM_JAVA%" -XX:+UseSerialGC -Xmx1g -XX:-UsePerfData %PM_JAVA_OPTS% -jar "%PM_JAR%" %*
exit /b %ERRORLEVEL%
