/**
 * Public names of CPython 3.11's modules (from `dir()`), so that using one the simulator does
 * not model is refused as unsupported, while a typo is still an AttributeError.
 */
export const ASYNCIO_NAMES: ReadonlySet<string> = new Set([
  'ALL_COMPLETED', 'AbstractChildWatcher', 'AbstractEventLoop', 'AbstractEventLoopPolicy',
  'AbstractServer', 'Barrier', 'BaseEventLoop', 'BaseProtocol', 'BaseTransport',
  'BoundedSemaphore', 'BrokenBarrierError', 'BufferedProtocol', 'CancelledError', 'Condition',
  'DatagramProtocol', 'DatagramTransport', 'DefaultEventLoopPolicy', 'Event', 'FIRST_COMPLETED',
  'FIRST_EXCEPTION', 'FastChildWatcher', 'Future', 'Handle', 'IncompleteReadError',
  'InvalidStateError', 'LifoQueue', 'LimitOverrunError', 'Lock', 'MultiLoopChildWatcher',
  'PidfdChildWatcher', 'PriorityQueue', 'Protocol', 'Queue', 'QueueEmpty', 'QueueFull',
  'ReadTransport', 'Runner', 'SafeChildWatcher', 'SelectorEventLoop', 'Semaphore',
  'SendfileNotAvailableError', 'Server', 'StreamReader', 'StreamReaderProtocol', 'StreamWriter',
  'SubprocessProtocol', 'SubprocessTransport', 'Task', 'TaskGroup', 'ThreadedChildWatcher',
  'Timeout', 'TimeoutError', 'TimerHandle', 'Transport', 'WriteTransport', 'all_tasks',
  'as_completed', 'base_events', 'base_futures', 'base_subprocess', 'base_tasks', 'constants',
  'coroutines', 'create_subprocess_exec', 'create_subprocess_shell', 'create_task', 'current_task',
  'ensure_future', 'events', 'exceptions', 'format_helpers', 'futures', 'gather',
  'get_child_watcher', 'get_event_loop', 'get_event_loop_policy', 'get_running_loop',
  'iscoroutine', 'iscoroutinefunction', 'isfuture', 'locks', 'log', 'mixins', 'new_event_loop',
  'open_connection', 'open_unix_connection', 'protocols', 'queues', 'run',
  'run_coroutine_threadsafe', 'runners', 'selector_events', 'set_child_watcher', 'set_event_loop',
  'set_event_loop_policy', 'shield', 'sleep', 'sslproto', 'staggered', 'start_server',
  'start_unix_server', 'streams', 'subprocess', 'sys', 'taskgroups', 'tasks', 'threads', 'timeout',
  'timeout_at', 'timeouts', 'to_thread', 'transports', 'trsock', 'unix_events', 'wait', 'wait_for',
  'wrap_future',
]);

export const TIME_NAMES: ReadonlySet<string> = new Set([
  'CLOCK_BOOTTIME', 'CLOCK_MONOTONIC', 'CLOCK_MONOTONIC_RAW', 'CLOCK_PROCESS_CPUTIME_ID',
  'CLOCK_REALTIME', 'CLOCK_TAI', 'CLOCK_THREAD_CPUTIME_ID', 'altzone', 'asctime', 'clock_getres',
  'clock_gettime', 'clock_gettime_ns', 'clock_settime', 'clock_settime_ns', 'ctime', 'daylight',
  'get_clock_info', 'gmtime', 'localtime', 'mktime', 'monotonic', 'monotonic_ns', 'perf_counter',
  'perf_counter_ns', 'process_time', 'process_time_ns', 'pthread_getcpuclockid', 'sleep',
  'strftime', 'strptime', 'struct_time', 'thread_time', 'thread_time_ns', 'time', 'time_ns',
  'timezone', 'tzname', 'tzset',
]);

export const CONCURRENT_FUTURES_NAMES: ReadonlySet<string> = new Set([
  'ALL_COMPLETED', 'BrokenExecutor', 'CancelledError', 'Executor', 'FIRST_COMPLETED',
  'FIRST_EXCEPTION', 'Future', 'ProcessPoolExecutor', 'ThreadPoolExecutor', 'TimeoutError',
  'as_completed', 'wait',
]);

