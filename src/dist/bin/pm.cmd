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
rem The JIT choice bin/pm makes (see there for the measurements): C1 alone for a handful of files
rem (pre-commit passes the changed ones), with thresholds five times higher up to ten files; both
rem compilers for a folder, more than 50 files, or lint/stats on the whole configured folder.
rem cmd splits "--opt=value" at "=", so a value naming a file counts as one, as "--opt value" does
rem in bin/pm. Not done here: bin/pm's C1-only choice for a warm --cache (it compares file times).
set "PM_JIT=-XX:TieredStopAtLevel=1"
set /a PM_FILES=0
for %%A in (%*) do (
  if exist "%%~A\*" goto pm_folder
  if exist "%%~A" set /a PM_FILES+=1
)
if %PM_FILES% equ 0 if /i "%~1"=="lint" set "PM_JIT="
if %PM_FILES% equ 0 if /i "%~1"=="stats" set "PM_JIT="
if %PM_FILES% gtr 50 set "PM_JIT="
if defined PM_JIT if %PM_FILES% geq 1 if %PM_FILES% leq 10 set "PM_JIT=%PM_JIT% -XX:CompileThresholdScaling=5"
goto pm_run
:pm_folder
set "PM_JIT="
:pm_run
"%PM_JAVA%" -XX:+UseSerialGC -Xmx1g -XX:-UsePerfData %PM_JIT% %PM_JAVA_OPTS% -jar "%PM_JAR%" %*
exit /b %ERRORLEVEL%
