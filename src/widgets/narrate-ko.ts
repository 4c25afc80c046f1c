/**
 * The Korean narration table: the same message ids as narrate.ts `en`, so `narrate(…, ko)` says
 * each step in Korean. Terms follow the Korean lessons (이벤트 루프, 준비 큐, 태스크, 퓨처, 타이머).
 */
import type { Messages } from '../sim/narrate';

export const ko: Messages = {
  'loop.new': '새 이벤트 루프가 만들어집니다.',
  'loop.run': '루프가 돌기 시작합니다. stop()이 효과를 낼 때까지 _run_once를 반복합니다.',
  'loop.iteration': '_run_once의 {n}번째 반복이 시작됩니다.',
  'loop.select.ready': '준비된 콜백이 있으므로 루프는 기다리지 않고 I/O를 확인합니다.',
  'loop.select.due': '이미 때가 된 타이머가 있으므로 루프는 기다리지 않고 I/O를 확인합니다.',
  'loop.select.poll': '루프가 기다리지 않고 I/O를 확인합니다.',
  'loop.select.timer': '준비된 일이 없습니다. 루프는 다음 타이머까지 최대 {timeout}초 기다립니다.',
  'loop.select.timer-threads':
    '준비된 일이 없습니다. 워커 스레드가 계속 일하는 동안 루프는 다음 타이머까지 최대 {timeout}초 기다립니다.',
  'loop.select.threads':
    '준비된 일도 타이머도 없습니다. 루프는 워커 스레드가 콜백을 넘겨줄 때까지 잠듭니다.',
  'loop.select.wakeup':
    '준비된 일도 타이머도 없습니다. 루프는 다른 스레드가 call_soon_threadsafe로 깨울 때까지 select에서 기다립니다.',
  'loop.select.forever': '준비된 일도 타이머도 없습니다. 루프를 깨울 것이 없으니 영원히 기다립니다.',
  'loop.stop': '반복이 끝났으므로 stop()이 효과를 냅니다. run_forever가 반환합니다.',
  'loop.close': '루프가 닫힙니다.',
  clock: '시계가 {delta}초 흘러 t = {time}초가 됩니다.',
  'clock.same': '시계는 t = {time}초입니다.',
  'ready.push': '{label:이} 준비 큐의 맨 뒤에 들어갑니다.',
  'ready.push.threadsafe':
    '워커 스레드가 call_soon_threadsafe로 {label:을} 준비 큐에 넣고 루프를 깨웁니다.',
  'ready.run': '루프가 준비 큐의 맨 앞에서 {label:을} 꺼내 실행합니다.',
  'ready.skip': '루프가 준비 큐에서 {label:을} 꺼냈지만, 취소된 것이라 건너뜁니다.',
  'timer.push': 't = {when}초 타이머가 힙에 들어갑니다. 때가 되면 {label:이} 준비 큐에 들어갑니다.',
  'timer.expire': 't = {when}초 타이머가 울립니다. 그 콜백이 준비 큐의 맨 뒤에 들어갑니다.',
  'timer.drop': '취소된 t = {when}초 타이머가 힙의 맨 위에서 버려집니다.',
  'timer.rebuild': '힙의 타이머 대부분이 취소되었으므로, 루프가 그것들을 모두 지우고 힙을 다시 만듭니다.',
  'handle.cancel.ready': '{label:이} 취소됩니다. 준비 큐에 그대로 남고, 루프가 나중에 건너뜁니다.',
  'handle.cancel.timer': 't = {when}초 타이머가 취소됩니다. 힙의 맨 위에 올 때까지 힙에 남습니다.',
  'handle.cancel': '이미 큐를 떠난 콜백이 취소됩니다. 달라지는 것은 없습니다.',
  'task.new': '{coro:을} 감싼 {task:이} 만들어집니다. 첫 단계가 예약될 뿐, 코드는 아직 한 줄도 실행되지 않습니다.',
  'task.run': '{task:이} {line}번 줄에서 {coro:을} 실행합니다.',
  'task.run.noline': '{task:이} {coro:을} 실행합니다.',
  'task.suspend.future': '{task:이} 퓨처를 await합니다. 퓨처가 끝날 때까지 루프에 차례를 넘깁니다.',
  'task.suspend.task': '{task:이} {other:을} await합니다. {other:이} 끝날 때까지 루프에 차례를 넘깁니다.',
  'task.suspend.named': '{task:이} {label}의 퓨처를 await합니다. 퓨처가 끝날 때까지 루프에 차례를 넘깁니다.',
  'task.suspend.other': '{task:이} {on:을} await합니다. 그것이 끝날 때까지 루프에 차례를 넘깁니다.',
  'task.suspend.yield':
    '{task:이} 아무것도 기다리지 않고 루프에 차례를 넘깁니다(sleep(0)처럼). 다음 단계가 준비 큐의 맨 뒤에 들어갑니다.',
  'task.done.finished': '{task:이} {value:을} 반환합니다. 태스크가 끝났고, 완료 콜백들이 예약됩니다.',
  'task.done.failed': '{task:이} {value:을} 일으킵니다. 태스크가 예외로 끝났습니다.',
  'task.done.cancelled': '{task:이} 취소됩니다. CancelledError가 코루틴을 끝냈습니다.',
  'future.new': '대기 중인 새 퓨처가 만들어집니다.',
  'future.done.finished': '퓨처가 결과 {value:을} 받습니다. 콜백들은 바로 실행되지 않고 call_soon으로 예약됩니다.',
  'future.done.failed': '퓨처가 예외 {value:을} 받습니다. 콜백들은 바로 실행되지 않고 call_soon으로 예약됩니다.',
  'future.done.cancelled': '퓨처가 취소됩니다. 콜백들은 바로 실행되지 않고 call_soon으로 예약됩니다.',
  'future.done.finished.named':
    '{label}의 퓨처가 결과 {value:을} 받습니다. 콜백들은 바로 실행되지 않고 call_soon으로 예약됩니다.',
  'future.done.failed.named':
    '{label}의 퓨처가 예외 {value:을} 받습니다. 콜백들은 바로 실행되지 않고 call_soon으로 예약됩니다.',
  'future.done.cancelled.named':
    '{label}의 퓨처가 취소됩니다. 콜백들은 바로 실행되지 않고 call_soon으로 예약됩니다.',
  line: '프로그램이 {line}번 줄에 이릅니다.',
  'line.thread': '{thread:이} {line}번 줄에 이릅니다.',
  'thread.new': '{pool:이} 새 워커 스레드 {thread:을} 시작합니다.',
  'job.submit': '{label:이} {pool}에 제출됩니다. 워커가 가져갈 때까지 풀의 큐에서 기다립니다.',
  'job.start': '{thread:이} 작업 {label:을} 시작합니다.',
  'job.end': '{thread:이} 작업 {label:을} 끝냅니다.',
  'job.end.handoff': '{thread:이} 작업 {label:을} 끝내고 call_soon_threadsafe로 결과를 루프에 넘깁니다.',
  'print.task': '{task:이} 출력합니다: “{text}”',
  'print.callback': '콜백 {label:이} 출력합니다: “{text}”',
  'print.thread': '{thread:이} 출력합니다: “{text}”',
  'print.main': '프로그램이 출력합니다: “{text}”',
  other: '루프가 {type} 이벤트를 기록합니다.',
  'phase.idle': '대기 전',
  'phase.running': '콜백 실행 중',
  'phase.timers': '타이머 확인 중',
  'phase.select': 'select에서 기다리는 중',
  'phase.stopped': '멈춤',
  'phase.closed': '닫힘',
};
