package dev.tsunagu.sip.stack;

import gov.nist.core.StackLogger;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SIP stack's log through SLF4J (the stack would otherwise want log4j 1). */
public final class Slf4jStackLogger implements StackLogger {

    private static final Logger log = LoggerFactory.getLogger("dev.tsunagu.sip.stack");

    @Override public void logStackTrace() { }
    @Override public void logStackTrace(int traceLevel) { }
    @Override public int getLineCount() { return 0; }
    @Override public void logException(Throwable ex) { log.debug("stack exception", ex); }
    @Override public void logDebug(String message) { log.trace(message); }
    @Override public void logDebug(String message, Exception ex) { log.trace(message, ex); }
    @Override public void logTrace(String message) { log.trace(message); }
    @Override public void logFatalError(String message) { log.error(message); }
    @Override public void logError(String message) { log.warn(message); }
    @Override public boolean isLoggingEnabled() { return log.isDebugEnabled(); }

    @Override
    public boolean isLoggingEnabled(int logLevel) {
        return switch (logLevel) {
            case TRACE_FATAL, TRACE_ERROR -> log.isWarnEnabled();
            case TRACE_WARN -> log.isInfoEnabled();
            case TRACE_INFO -> log.isDebugEnabled();
            default -> log.isTraceEnabled();
        };
    }

    @Override public void logError(String message, Exception ex) { log.warn(message, ex); }
    @Override public void logWarning(String message) { log.info(message); }
    @Override public void logInfo(String message) { log.debug(message); }
    @Override public void disableLogging() { }
    @Override public void enableLogging() { }
    @Override public void setBuildTimeStamp(String buildTimeStamp) { }
    @Override public void setStackProperties(Properties stackProperties) { }
    @Override public String getLoggerName() { return log.getName(); }
}
