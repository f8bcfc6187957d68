"""dev57 part 1: w01-w10."""
import datetime as dt

from common import Rec, start, lab, journal, syslogfile, events, selector, klog, event_json, fmt_ts_abs

KW_UA = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"
WIN_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
IOS_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"


# --------------------------------------------------------------------------- w01
def w01():
    r = Rec("w01", start(2026, 2, 17, 14, 2, 0),
            "Why does the master-key planner in kw-design keep restarting?",
            selector("kw-design"), ["outside-selector"])
    node = "ip-10-42-17-88.eu-west-2.compute.internal"
    pod = r.pod("masterkey-planner")
    uid = r.uid()
    slice_uid = uid.replace("-", "_")
    app = lab("kw-design", pod, "masterkey-planner", node, "masterkey-planner")
    kern, kub, ctd = journal(node, "kernel"), journal(node, "kubelet.service"), journal(node, "containerd.service")
    ing = lab("ingress-nginx", r.pod("ingress-nginx-controller"), "controller",
              "ip-10-42-3-140.eu-west-2.compute.internal", "ingress-nginx")
    ev, evn = events("kw-design"), events("default")
    cycles = [(0.0, 52.412, "1m20s", 6), (133.2, 186.874, "2m40s", 7), (347.5, 401.093, "5m0s", 8)]
    for n, (s, oom, backoff, count) in enumerate(cycles):
        cid = r.hexs(64)
        pid = 48213 + n * 377
        r.at(s, ctd, 'time="{T:iso9}" level=info msg="StartContainer for \\"%s\\" returns successfully"' % cid)
        r.at(s + 1.204, app, "[ Info: MasterKey planner 0.9.3 starting (julia 1.10.4, threads=4)")
        r.at(s + 3.371, app, "[ Info: Listening on: 0.0.0.0:8080, thread id: 1")
        r.at(s + 3.902, app, "[ Info: resuming queued job KW-2026-0113 from /var/lib/planner/queue.jls (attempt %d)" % (n + 4))
        r.block(s + 4.118, app, [
            "┌ Info: loading pin chart",
            "│   project = \"KW-2026-0113 St Brennan's Hospital\"",
            "│   cylinders = 48112",
            "│   levels = 4",
            "└ @ MasterKey /app/src/chart.jl:57"])
        if n == 0:
            r.block(s + 21.530, app, [
                "┌ Info: expanding bitting matrix",
                "│   done = 14000",
                "│   total = 48112",
                "│   rss_mib = 1388",
                "└ @ MasterKey /app/src/expand.jl:141"])
            r.block(s + 38.046, app, [
                "┌ Warning: cross-keying conflict matrix is dense, materialising full matrix",
                "│   density = 0.41",
                "└ @ MasterKey /app/src/conflicts.jl:88"])
        r.at(oom, kern, "julia invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=985")
        r.at(oom, kern, "memory: usage 2097152kB, limit 2097152kB, failcnt %d" % (2841 + 611 * n), ev=True)
        r.at(oom, kern, "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-%s.scope,mems_allowed=0,"
             "oom_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice/cri-containerd-%s.scope,"
             "task_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice/cri-containerd-%s.scope,"
             "task=julia,pid=%d,uid=1000" % (cid, slice_uid, cid, slice_uid, cid, pid))
        r.at(oom + 0.001, kern, "Memory cgroup out of memory: Killed process %d (julia) total-vm:5126420kB, anon-rss:%dkB, "
             "file-rss:61264kB, shmem-rss:0kB, UID:1000 pgtables:4728kB oom_score_adj:985" % (pid, 2071280 + 96 * n), ev=True)
        r.at(oom + 0.042, ctd, 'time="{T:iso9}" level=info msg="TaskOOM event container_id:\\"%s\\""' % cid)
        r.at(oom + 0.188, evn, event_json(r, "default", "Node", node, "Warning", "SystemOOM",
                                          "System OOM encountered, victim process: julia, pid: %d" % pid, "kubelet", node, count=n + 4))
        r.at(oom + 0.611, ctd, 'time="{T:iso9}" level=info msg="shim disconnected" id=%s namespace=k8s.io' % cid)
        r.at(oom + 1.107, kub, klog("I", "kubelet.go:2462", '"SyncLoop (PLEG): event for pod" pod="kw-design/%s" '
                                    'event={"ID":"%s","Type":"ContainerDied","Data":"%s"}' % (pod, uid, cid), 2215))
        r.at(oom + 1.790, kub, klog("E", "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" '
                                    'for \\"masterkey-planner\\" with CrashLoopBackOff: \\"back-off %s restarting failed '
                                    'container=masterkey-planner pod=%s_kw-design(%s)\\"" pod="kw-design/%s" podUID="%s"'
                                    % (backoff, pod, uid, pod, uid), 2215))
        r.at(oom + 1.802, ev, event_json(r, "kw-design", "Pod", pod, "Warning", "BackOff",
                                         "Back-off restarting failed container masterkey-planner in pod %s_kw-design(%s)" % (pod, uid),
                                         "kubelet", node, count=count))
    reqs = [(30.2, 200, "0.184"), (70.4, 503, "0.000"), (104.9, 503, "0.000"), (161.0, 200, "0.091"),
            (230.6, 503, "0.000"), (298.3, 503, "0.000"), (372.7, 200, "0.102"), (430.5, 503, "0.000")]
    for t, st, rt in reqs:
        ups = "10.42.17.%d:8080 412 %s 200" % (r.randint(20, 90), rt) if st == 200 else "- - - -"
        r.at(t, ing, '10.42.9.%d - - [{T:clf}] "GET /api/plans/KW-2026-0113/status HTTP/2.0" %d %d '
             '"https://design.keyworks.co.uk/plans/KW-2026-0113" "%s" 71 %s [kw-design-masterkey-planner-8080] [] %s %s'
             % (r.randint(2, 250), st, 412 if st == 200 else 190, KW_UA, rt, ups, r.hexs(32)))
    return r.build(
        "CRITICAL", "oom_killed", "masterkey-planner",
        "Each time masterkey-planner starts it resumes the queued job KW-2026-0113 (48,112 cylinders, dense cross-keying "
        "matrix) and grows past its 2Gi memory limit; the kernel memory cgroup OOM-kills julia and the pod is in CrashLoopBackOff.",
        "masterkey-planner is OOM-killed at its 2Gi cgroup limit (memory: usage 2097152kB = limit) about 50 s after every start "
        "while expanding the hospital pin chart; the design portal gets 503s between restarts.",
        "Raise the planner's memory limit well above the job's need or run large plans as a separate Job with more memory; "
        "quarantine KW-2026-0113 from the startup queue so the service can come up, and make the conflict matrix sparse.")


# --------------------------------------------------------------------------- w02
SPRING_HDR = "{T:iso3} %5s 1 --- [kennel-intake] [%15s] %-40s : %s"


def w02():
    r = Rec("w02", start(2026, 5, 6, 7, 31, 10),
            "Why is kennel-intake crash-looping this morning?",
            selector("shelter-ops"), ["nested-cause"])
    node = "nacs-wk-02"
    pod = r.pod("kennel-intake")
    uid = r.uid()
    app = lab("shelter-ops", pod, "kennel-intake", node, "kennel-intake")
    kub = journal(node, "kubelet.service")
    env = lab("projectcontour", r.pod("envoy"), "envoy", "nacs-wk-01", "envoy")
    strays = lab("public-reports", r.pod("stray-reports"), "stray-reports", "nacs-wk-03", "stray-reports")
    ev = events("shelter-ops")

    def sp(t, lvl, thread, logger, msg, ev_=False):
        r.at(t, app, SPRING_HDR % (lvl, thread, logger, msg), ev_)

    r.at(0.0, kub, klog("I", "kuberuntime_container.go:779", '"Container started" pod="shelter-ops/%s" containerName="kennel-intake"' % pod, 1874))
    sp(1.402, "INFO", "main", "g.n.s.intake.KennelIntakeApplicationKt",
       "Starting KennelIntakeApplicationKt v2.7.4 using Java 21.0.3 with PID 1 (/app/kennel-intake.jar started by app in /app)")
    sp(1.409, "INFO", "main", "g.n.s.intake.KennelIntakeApplicationKt", 'The following 1 profile is active: "prod"')
    sp(3.881, "INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat initialized with port 8080 (http)")
    sp(4.712, "INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Starting...")
    sp(4.980, "INFO", "main", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@5b1f29fa")
    sp(4.982, "INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed.")
    sp(5.377, "INFO", "main", "o.f.core.internal.command.DbValidate", "Successfully validated 31 migrations (execution time 00:00.041s)")
    sp(5.420, "INFO", "main", "o.f.core.internal.command.DbMigrate", 'Current version of schema "intake": 31')
    sp(5.421, "INFO", "main", "o.f.core.internal.command.DbMigrate", 'Schema "intake" is up to date. No migration necessary.')
    sp(6.034, "INFO", "main", "g.n.s.intake.map.KennelMapCache", "Loading kennel map from intake.kennel (218 rows, wings A-E)")
    sp(6.311, "WARN", "main", "ConfigServletWebServerApplicationContext",
       "Exception encountered during context initialization - cancelling refresh attempt: "
       "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'kennelMapCache': Invocation of init method failed")
    sp(6.318, "INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown initiated...")
    sp(6.329, "INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown completed.")
    sp(6.333, "INFO", "main", "o.apache.catalina.core.StandardService", "Stopping service [Tomcat]")
    r.block(6.351, app, [
        SPRING_HDR % ("INFO", "main", ".s.b.a.l.ConditionEvaluationReportLogger", ""),
        "Error starting ApplicationContext. To display the condition evaluation report re-run your application with 'debug' enabled."])
    r.block(6.372, app, [
        SPRING_HDR % ("ERROR", "main", "o.s.boot.SpringApplication", "Application run failed"),
        "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'kennelMapCache': Invocation of init method failed",
        "\tat org.springframework.beans.factory.annotation.InitDestroyAnnotationBeanPostProcessor.postProcessBeforeInitialization(InitDestroyAnnotationBeanPostProcessor.java:222) ~[spring-beans-6.1.8.jar!/:6.1.8]",
        "\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.applyBeanPostProcessorsBeforeInitialization(AbstractAutowireCapableBeanFactory.java:422) ~[spring-beans-6.1.8.jar!/:6.1.8]",
        "\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1778) ~[spring-beans-6.1.8.jar!/:6.1.8]",
        "\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.doCreateBean(AbstractAutowireCapableBeanFactory.java:600) ~[spring-beans-6.1.8.jar!/:6.1.8]",
        "\tat org.springframework.beans.factory.support.DefaultListableBeanFactory.preInstantiateSingletons(DefaultListableBeanFactory.java:975) ~[spring-beans-6.1.8.jar!/:6.1.8]",
        "\tat org.springframework.context.support.AbstractApplicationContext.refresh(AbstractApplicationContext.java:625) ~[spring-context-6.1.8.jar!/:6.1.8]",
        "\tat org.springframework.boot.SpringApplication.run(SpringApplication.java:335) ~[spring-boot-3.3.0.jar!/:3.3.0]",
        "\tat gov.northgate.shelter.intake.KennelIntakeApplicationKt.main(KennelIntakeApplication.kt:14) ~[classes!/:2.7.4]",
        "Caused by: java.lang.NullPointerException: Parameter specified as non-null is null: method gov.northgate.shelter.intake.map.KennelSlot.<init>, parameter wing",
        "\tat gov.northgate.shelter.intake.map.KennelSlot.<init>(KennelSlot.kt) ~[classes!/:2.7.4]",
        "\tat gov.northgate.shelter.intake.map.KennelMapCache.toSlot(KennelMapCache.kt:71) ~[classes!/:2.7.4]",
        "\tat gov.northgate.shelter.intake.map.KennelMapCache.load(KennelMapCache.kt:52) ~[classes!/:2.7.4]",
        "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103) ~[na:na]",
        "\tat java.base/java.lang.reflect.Method.invoke(Method.java:580) ~[na:na]",
        "\tat org.springframework.beans.factory.annotation.InitDestroyAnnotationBeanPostProcessor$LifecycleMethod.invoke(InitDestroyAnnotationBeanPostProcessor.java:457) ~[spring-beans-6.1.8.jar!/:6.1.8]",
        "\t... 18 common frames omitted"], ev=[10, 12])
    r.at(7.204, kub, klog("I", "kubelet.go:2462", '"SyncLoop (PLEG): event for pod" pod="shelter-ops/%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}'
                          % (pod, uid, r.hexs(64)), 1874))
    r.at(7.913, kub, klog("E", "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"kennel-intake\\" with '
                          'CrashLoopBackOff: \\"back-off 5m0s restarting failed container=kennel-intake pod=%s_shelter-ops(%s)\\"" '
                          'pod="shelter-ops/%s" podUID="%s"' % (pod, uid, pod, uid), 1874))
    r.at(7.920, ev, event_json(r, "shelter-ops", "Pod", pod, "Warning", "BackOff",
                               "Back-off restarting failed container kennel-intake in pod %s_shelter-ops(%s)" % (pod, uid),
                               "kubelet", node, count=14))
    for i, t in enumerate([12.5, 41.8, 77.1, 118.6, 160.3, 203.7, 250.2]):
        path = r.pick(["/api/intake/today", "/api/kennels/availability", "/api/intake/new", "/api/kennels/B14"])
        r.at(t, env, '[{T:iso3}] "%s %s HTTP/1.1" 503 UH 0 19 0 - "10.50.3.%d" "%s" "%s" "intake.northgate.gov.uk" "-"'
             % ("POST" if path.endswith("new") else "GET", path, r.randint(10, 60), WIN_UA, r.uid()))
    for t, rep in [(33.4, "SR-26-04411"), (146.9, "SR-26-04415"), (236.0, "SR-26-04418")]:
        r.at(t, strays, '{"event": "intake hand-off failed, will retry", "level": "error", "report": "%s", '
             '"target": "http://kennel-intake.shelter-ops.svc:8080/api/intake/new", "status": 503, "attempt": 3, '
             '"timestamp": "{T:iso6}", "logger": "strays.handoff"}' % rep)
    for t, cnt in [(96.4, 15), (194.0, 16)]:
        r.at(t, ev, event_json(r, "shelter-ops", "Pod", pod, "Warning", "BackOff",
                               "Back-off restarting failed container kennel-intake in pod %s_shelter-ops(%s)" % (pod, uid),
                               "kubelet", node, count=cnt))
    r.at(255.9, kub, klog("E", "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"kennel-intake\\" with '
                          'CrashLoopBackOff: \\"back-off 5m0s restarting failed container=kennel-intake pod=%s_shelter-ops(%s)\\"" '
                          'pod="shelter-ops/%s" podUID="%s"' % (pod, uid, pod, uid), 1874))
    return r.build(
        "CRITICAL", "application_error", "kennel-intake",
        "KennelMapCache.load() (a @PostConstruct init) passes a null wing to the non-null Kotlin constructor KennelSlot(wing) for "
        "kennel rows without a wing; the NullPointerException aborts Spring context start-up, so kennel-intake exits and crash-loops.",
        "kennel-intake fails at start-up: BeanCreationException for 'kennelMapCache' caused by a Kotlin NullPointerException "
        "(parameter wing) while loading the kennel map; the pod is in CrashLoopBackOff and intake requests get 503 UH.",
        "Make KennelMapCache tolerate kennels without a wing (or give the new kennel rows a wing) and redeploy; add a test for "
        "nullable columns so one bad row cannot stop the service.")


# --------------------------------------------------------------------------- w03
def w03():
    r = Rec("w03", start(2026, 3, 22, 19, 40, 5),
            "Customers say some knitting pattern downloads fail with an error page. What is going on?",
            selector("shop"), ["nested-cause"])
    node = "skein-k3s-agent-1"
    pod = r.pod("pattern-library")
    php = lab("shop", pod, "php-fpm", node, "pattern-library")
    ngx = lab("shop", pod, "nginx", node, "pattern-library")
    trf = lab("kube-system", r.pod("traefik"), "traefik", "skein-k3s-server-1", "traefik")
    podip = "10.42.1.57"
    ok = [("harbour-cowl", 377), ("marram-grass-socks", 402), ("tidepool-hat", 388), ("spindrift-mitts", 395)]
    bad = [("foroyar-shawl", 418), ("sarka-socks", 431)]
    seq = [(0.0, ok[0]), (3.2, bad[0]), (9.8, ok[1]), (17.4, ok[2]), (26.9, bad[1]), (31.0, ok[3]),
           (44.5, bad[0]), (52.3, ok[0]), (63.1, ok[1])]
    for t, (slug, pid) in seq:
        broken = (slug, pid) in bad
        st = 500 if broken else 200
        size = 1532 if broken else r.randint(1800000, 2600000)
        dur = r.randint(140, 260) if broken else r.randint(90, 420)
        ref = "https://skeinandspindle.co.uk/patterns/%s" % slug
        ua = r.pick([IOS_UA, WIN_UA, KW_UA])
        cli = "%d.%d.%d.%d" % (r.pick([81, 86, 92, 151, 213]), r.randint(1, 254), r.randint(1, 254), r.randint(1, 254))
        r.at(t, ngx, '10.42.0.9 - - [{T:clf}] "GET /patterns/%d/download HTTP/1.1" %d %d "%s" "%s" "%s"'
             % (pid, st, size, ref, ua, cli))
        r.at(t + 0.002, trf, '%s - - [{T:clf}] "GET /patterns/%d/download HTTP/2.0" %d %d "%s" "%s" %d '
             '"websecure-shop-pattern-library@kubernetes" "http://%s:80" %dms'
             % (cli, pid, st, size, ref, ua, r.randint(20000, 90000), podip, dur + 2))
        if not broken:
            r.at(t - 0.05, php, '[{T:sp0}] production.INFO: pattern download {"pattern_id":%d,"slug":"%s","bytes":%d}'
                 % (pid, slug, size))
            continue
        name = "Føroyar Shawl" if pid == 418 else "Šárka Socks"
        ev_lines = [0, 24]
        r.block(t - 0.08, php, [
            r'[{T:sp0}] production.ERROR: Unable to stream pattern PDF {"pattern_id":%d,"title":"%s","userId":%d,"exception":"[object] '
            r'(App\\Exceptions\\PatternStreamException(code: 0): Unable to stream pattern PDF for pattern %d at /var/www/html/app/Services/PatternStreamer.php:88)'
            % (pid, name, r.randint(1000, 4000), pid),
            "[stacktrace]",
            "#0 /var/www/html/app/Http/Controllers/PatternDownloadController.php(41): App\\Services\\PatternStreamer->stream()",
            "#1 /var/www/html/vendor/laravel/framework/src/Illuminate/Routing/ControllerDispatcher.php(46): App\\Http\\Controllers\\PatternDownloadController->__invoke()",
            "#2 /var/www/html/vendor/laravel/framework/src/Illuminate/Routing/Route.php(260): Illuminate\\Routing\\ControllerDispatcher->dispatch()",
            "#3 /var/www/html/vendor/laravel/framework/src/Illuminate/Routing/Route.php(206): Illuminate\\Routing\\Route->runController()",
            "#4 /var/www/html/vendor/laravel/framework/src/Illuminate/Routing/Router.php(806): Illuminate\\Routing\\Route->run()",
            "#5 /var/www/html/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(144): Illuminate\\Routing\\Router->Illuminate\\Routing\\{closure}()",
            "#6 /var/www/html/app/Http/Middleware/EnsurePurchased.php(27): Illuminate\\Pipeline\\Pipeline->Illuminate\\Pipeline\\{closure}()",
            "#7 /var/www/html/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(183): App\\Http\\Middleware\\EnsurePurchased->handle()",
            "#8 /var/www/html/public/index.php(51): Illuminate\\Foundation\\Http\\Kernel->handle()",
            "#9 {main}",
            r"[previous exception] [object] (ErrorException(code: 0): iconv(): Detected an illegal character in input string at /var/www/html/app/Support/Slug.php:23)",
            "[stacktrace]",
            "#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Foundation/Bootstrap/HandleExceptions.php(255): Illuminate\\Foundation\\Bootstrap\\HandleExceptions->handleError()",
            "#1 [internal function]: Illuminate\\Foundation\\Bootstrap\\HandleExceptions->Illuminate\\Foundation\\Bootstrap\\{closure}()",
            "#2 /var/www/html/app/Support/Slug.php(23): iconv()",
            "#3 /var/www/html/app/Services/PatternStreamer.php(61): App\\Support\\Slug::ascii()",
            "#4 /var/www/html/app/Http/Controllers/PatternDownloadController.php(41): App\\Services\\PatternStreamer->stream()",
            "#5 {main}",
            '"}'], ev=[12, 16] if t < 40 else [12])
    r.at(-47.117, php, "[{T:sp0}] production.INFO: Imported legacy pattern titles {\"file\":\"patterns-2019.csv\",\"encoding\":\"Windows-1252\",\"rows\":3}")
    return r.build(
        "ERROR", "application_error", "pattern-library",
        "App\\Support\\Slug::ascii() calls iconv() on pattern titles with non-ASCII characters (Føroyar Shawl, Šárka Socks); the PHP notice "
        "'iconv(): Detected an illegal character in input string' becomes an ErrorException, which surfaces as PatternStreamException and a 500.",
        "Downloads of patterns whose titles have non-ASCII letters return 500: Laravel logs PatternStreamException with the previous "
        "exception ErrorException from iconv() in Slug.php:23; ASCII-titled patterns download fine.",
        "Fix Slug::ascii() to handle non-ASCII/legacy-encoded titles (use Str::ascii or transliterate safely, normalise imported titles to "
        "UTF-8) and redeploy pattern-library; re-test patterns 418 and 431.")


# --------------------------------------------------------------------------- w04
def w04():
    r = Rec("w04", start(2026, 6, 9, 10, 11, 40),
            "The new smartlock-provisioner release has not rolled out. Why?",
            selector("kw-field"), ["outside-selector"])
    reg = "registry.keyworks.internal"
    img_bad = "%s/field/smartlock-provisioner:v2.14.0" % reg
    node = "ip-10-42-24-51.eu-west-2.compute.internal"
    old_pods = [r.pod("smartlock-provisioner"), r.pod("smartlock-provisioner")]
    new_rs = "smartlock-provisioner-%s" % r.alnum(10)
    new_pod = "%s-%s" % (new_rs, r.alnum(5))
    uid = r.uid()
    old = [lab("kw-field", p, "smartlock-provisioner", n, "smartlock-provisioner")
           for p, n in zip(old_pods, ["ip-10-42-24-51.eu-west-2.compute.internal", "ip-10-42-19-7.eu-west-2.compute.internal"])]
    harbor = lab("harbor", r.pod("harbor-registry"), "registry", "ip-10-42-5-12.eu-west-2.compute.internal", "harbor")
    argo = lab("argocd", "argocd-application-controller-0", "argocd-application-controller", "ip-10-42-5-12.eu-west-2.compute.internal", "argocd-application-controller")
    kub, ctd = journal(node, "kubelet.service"), journal(node, "containerd.service")
    ev = events("kw-field")
    sync = "00%d-%s" % (r.randint(100, 999), r.alnum(5))
    rev = r.hexs(40)

    def harbor_line(method, uri, status, user, extra=""):
        return ('time="{T:iso0}" level=%s msg="response completed%s" %sgo.version=go1.22.5 http.request.host=%s '
                'http.request.id=%s http.request.method=%s http.request.remoteaddr=%s http.request.uri="%s" '
                'http.request.useragent="%s" http.response.status=%d' % (
                    "error" if status >= 400 else "info", " with error" if status >= 400 else "", extra, reg, r.uid(), method,
                    "10.42.%d.%d" % (r.randint(1, 40), r.randint(2, 250)), uri,
                    "containerd/v1.7.20" if method == "GET" else "buildah/1.35.4", status)) + (' auth.user.name="%s"' % user)

    r.at(0.0, harbor, harbor_line("PUT", "/v2/field/smartlock-provisioner/manifests/2.14.0", 201, "robot$ci-field-push",
                                  'http.response.contenttype="" http.response.duration=83.11ms '), ev=True)
    r.at(0.412, harbor, 'time="{T:iso0}" level=info msg="manifest pushed" repository=field/smartlock-provisioner tag=2.14.0 digest=sha256:%s' % r.hexs(64))
    for i, t in enumerate([18.3, 95.4, 201.2, 330.9, 455.0, 580.6]):
        r.at(t, old[i % 2], '{"time":"{T:iso6}","level":"INFO","msg":"provisioned lock","site":"%s","lock_serial":"NK4-%s","version":"2.13.2","duration_ms":%d}'
             % (r.pick(["Crescent Court", "Mill Lane Studios", "Queensway Lofts"]), r.hexs(6).upper(), r.randint(800, 2400)))
    r.at(62.0, argo, 'time="{T:iso0}" level=info msg="Initiated automated sync to \'%s\'" application=argocd/smartlock-provisioner dest-namespace=kw-field dest-server="https://kubernetes.default.svc"' % rev)
    r.at(62.4, argo, 'time="{T:iso0}" level=info msg="Applying resource Deployment/smartlock-provisioner in cluster: https://kubernetes.default.svc, namespace: kw-field"')
    r.at(62.6, argo, 'time="{T:iso0}" level=info msg="Adding resource result, status: \'Synced\', phase: \'Running\', message: \'deployment.apps/smartlock-provisioner configured\'" application=argocd/smartlock-provisioner kind=Deployment name=smartlock-provisioner namespace=kw-field phase=Sync syncId=%s' % sync)
    r.at(62.9, argo, 'time="{T:iso0}" level=info msg="Updating operation state. phase: Running -> Succeeded, message: \'successfully synced (all tasks run)\'" application=argocd/smartlock-provisioner syncId=%s' % sync)
    r.at(63.0, ev, event_json(r, "kw-field", "Deployment", "smartlock-provisioner", "Normal", "ScalingReplicaSet",
                              "Scaled up replica set %s to 1" % new_rs, "deployment-controller"))
    r.at(63.4, argo, 'time="{T:iso0}" level=info msg="Updated health status: Healthy -> Progressing" application=argocd/smartlock-provisioner')
    r.at(64.1, ev, event_json(r, "kw-field", "Pod", new_pod, "Normal", "Scheduled",
                              "Successfully assigned kw-field/%s to %s" % (new_pod, node), "default-scheduler"))
    pulls = [(64.9, 1), (81.2, 2), (110.7, 3), (161.4, 4), (246.9, 5), (407.3, 6)]
    for k, (t, n) in enumerate(pulls):
        r.at(t, ev, event_json(r, "kw-field", "Pod", new_pod, "Normal", "Pulling", 'Pulling image \\"%s\\"' % img_bad, "kubelet", node, count=n))
        r.at(t + 0.02, ctd, 'time="{T:iso9}" level=info msg="PullImage \\"%s\\""' % img_bad)
        r.at(t + 0.09, harbor, harbor_line("GET", "/v2/field/smartlock-provisioner/manifests/v2.14.0", 404, "robot$field-puller",
                                           'err.code="manifest unknown" err.detail="unknown tag=v2.14.0" err.message="manifest unknown" '),
             ev=(k == 0))
        r.at(t + 0.11, ctd, 'time="{T:iso9}" level=info msg="trying next host - response was http.StatusNotFound" host=%s' % reg)
        if k in (0, 3):
            r.at(t + 0.12, ctd, 'time="{T:iso9}" level=error msg="PullImage \\"%s\\" failed" error="rpc error: code = NotFound desc = failed to pull and unpack image \\"%s\\": failed to resolve reference \\"%s\\": %s: not found"'
                 % (img_bad, img_bad, img_bad, img_bad), ev=(k == 0))
            r.at(t + 0.13, kub, klog("E", "remote_image.go:180", '"PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image \\"%s\\": failed to resolve reference \\"%s\\": %s: not found" image="%s"'
                                     % (img_bad, img_bad, img_bad, img_bad), 2281))
        r.at(t + 0.14, ev, event_json(r, "kw-field", "Pod", new_pod, "Warning", "Failed",
                                      'Failed to pull image \\"%s\\": rpc error: code = NotFound desc = failed to pull and unpack image \\"%s\\": failed to resolve reference \\"%s\\": %s: not found'
                                      % (img_bad, img_bad, img_bad, img_bad), "kubelet", node, count=n), ev=(k == 0))
        r.at(t + 0.15, ev, event_json(r, "kw-field", "Pod", new_pod, "Warning", "Failed", "Error: ErrImagePull", "kubelet", node, count=n))
        r.at(t + 1.6, kub, klog("E", "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"smartlock-provisioner\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"%s\\\\\\"\\"" pod="kw-field/%s" podUID="%s"'
                                % (img_bad, new_pod, uid), 2281))
        r.at(t + 1.61, ev, event_json(r, "kw-field", "Pod", new_pod, "Warning", "Failed", "Error: ImagePullBackOff", "kubelet", node, count=n + 2))
    r.at(663.5, argo, 'time="{T:iso0}" level=info msg="Updated health status: Progressing -> Degraded" application=argocd/smartlock-provisioner')
    r.at(663.6, argo, 'time="{T:iso0}" level=info msg="Update successful" application=argocd/smartlock-provisioner')
    r.at(664.0, ev, event_json(r, "kw-field", "Deployment", "smartlock-provisioner", "Warning", "ProgressDeadlineExceeded",
                               'ReplicaSet \\"%s\\" has timed out progressing.' % new_rs, "deployment-controller"))
    return r.build(
        "ERROR", "image_pull", "smartlock-provisioner",
        "The Deployment now references registry.keyworks.internal/field/smartlock-provisioner:v2.14.0, but CI pushed the release as tag "
        "2.14.0 (no 'v'); Harbor answers manifest unknown (unknown tag=v2.14.0), so the new pod stays in ErrImagePull/ImagePullBackOff.",
        "The Argo CD sync of smartlock-provisioner created a new ReplicaSet whose image tag v2.14.0 does not exist in Harbor; pulls fail "
        "with NotFound, the rollout hits its progress deadline and Argo marks the app Degraded while the old 2.13.2 pods keep serving.",
        "Point the manifest at the tag that exists (2.14.0) or re-tag the pushed image as v2.14.0, and align the CI tag scheme with the "
        "deployment repo; then let Argo CD resync.")


# --------------------------------------------------------------------------- w05
def w05():
    r = Rec("w05", start(2026, 4, 2, 17, 58, 20),
            "During the spring colourway drop the shop briefly showed errors. Is something wrong with the storefront?",
            selector("shop", app="storefront"), ["quiet-cause", "outside-selector"])
    nodes = ["skein-k3s-agent-1", "skein-k3s-agent-2"]
    pods = [r.pod("storefront"), r.pod("storefront")]
    ips = ["10.42.1.23", "10.42.2.31"]
    uids = [r.uid(), r.uid()]
    app = [lab("shop", p, "storefront", n, "storefront") for p, n in zip(pods, nodes)]
    sysl = [syslogfile(n) for n in nodes]
    trf = lab("kube-system", r.pod("traefik"), "traefik", "skein-k3s-server-1", "traefik")
    chk = lab("shop", r.pod("checkout"), "checkout", nodes[1], "checkout")

    def rails(i, t, lines, ev_=()):
        rid = r.uid()
        r.block(t, app[i], ["%s, [{T:rails} #1] %5s -- : [%s] %s" % (lv[0], lv, rid, msg) for lv, msg in lines], ev_)

    def up(i, t, ms, ar):
        rails(i, t + ms / 1000.0, [("INFO", "method=GET path=/up format=html controller=HealthController action=show status=200 "
                                            "allocations=%d duration=%.2f view=0.31 db=%.2f" % (r.randint(2000, 2300), ms + r.rng.random(), ar))],
              ev_=[0] if ms > 1000 else ())
        if ms < 1000:
            path = r.pick(["/collections/spring-drop", "/products/fjord-4ply-sea-glass", "/products/heather-moor-dk", "/cart"])
            ctl = "CollectionsController" if "collections" in path else ("CartsController" if path == "/cart" else "ProductsController")
            rails(i, t + 0.35, [("INFO", "method=GET path=%s format=html controller=%s action=show status=200 allocations=%d "
                                         "duration=%.2f view=%.2f db=%.2f" % (path, ctl, r.randint(9000, 30000), 60 + r.rng.random() * 200,
                                                                              30 + r.rng.random() * 60, 10 + r.rng.random() * 40))])

    def probe_fail(i, t, ev_=False):
        kp = (812, 790)[i]
        r.at(t, sysl[i], '{T:syslog} %s k3s[%d]: I{T:klog} %7d prober.go:107] "Probe failed" probeType="Readiness" pod="shop/%s" '
             'podUID="%s" containerName="storefront" probeResult="failure" output="Get \\"http://%s:3000/up\\": context deadline exceeded '
             '(Client.Timeout exceeded while awaiting headers)"' % (nodes[i], kp, kp, pods[i], uids[i], ips[i]), ev_)

    def page(t, path, st, ms, i=None):
        cli = "%d.%d.%d.%d" % (r.pick([81, 86, 90, 212]), r.randint(1, 254), r.randint(1, 254), r.randint(1, 254))
        be = '"http://%s:3000"' % ips[i] if i is not None else '"-"'
        r.at(t, trf, '%s - - [{T:clf}] "GET %s HTTP/2.0" %d %d "-" "-" %d "websecure-shop-storefront@kubernetes" %s %dms'
             % (cli, path, st, r.randint(9000, 48000) if st == 200 else 19, r.randint(1000, 9000), be, ms))

    up(0, 0.0, 212, 188.4)
    up(1, 2.1, 240, 207.9)
    up(0, 10.0, 1184, 1066.2)
    probe_fail(0, 11.0, True)
    page(11.4, "/collections/spring-drop", 200, 388, 1)
    page(12.9, "/products/fjord-4ply-sea-glass", 200, 412, 0)
    up(1, 12.1, 1237, 1120.9)
    probe_fail(1, 13.1, True)
    up(0, 20.0, 1301, 1188.7)
    probe_fail(0, 21.0, True)
    r.at(21.02, sysl[0], '{T:syslog} %s k3s[812]: I{T:klog}     812 kubelet.go:2537] "SyncLoop (probe)" probe="readiness" status="" pod="shop/%s"'
         % (nodes[0], pods[0]))
    page(21.6, "/products/fjord-4ply-sea-glass", 200, 602, 1)
    page(22.4, "/cart", 200, 233, 1)
    up(1, 22.1, 1410, 1297.2)
    probe_fail(1, 23.1)
    r.at(23.12, sysl[1], '{T:syslog} %s k3s[790]: I{T:klog}     790 kubelet.go:2537] "SyncLoop (probe)" probe="readiness" status="" pod="shop/%s"'
         % (nodes[1], pods[1]))
    for t, p in [(23.8, "/collections/spring-drop"), (24.3, "/products/fjord-4ply-sea-glass"), (25.0, "/products/heather-moor-dk"),
                 (26.2, "/collections/spring-drop")]:
        page(t, p, 503, 0)
    r.at(25.4, chk, '{"level":"warn","message":"storefront cart API returned 503, retrying","timestamp":"{T:iso3}","service":"checkout","attempt":1,"path":"/api/cart/sync"}')
    r.at(26.9, chk, '{"level":"error","message":"cart sync failed: Request failed with status code 503","timestamp":"{T:iso3}","service":"checkout","attempt":2,"path":"/api/cart/sync"}')
    up(0, 30.0, 702, 611.0)
    r.at(30.71, sysl[0], '{T:syslog} %s k3s[812]: I{T:klog}     812 kubelet.go:2537] "SyncLoop (probe)" probe="readiness" status="ready" pod="shop/%s"'
         % (nodes[0], pods[0]))
    page(31.2, "/collections/spring-drop", 200, 655, 0)
    up(1, 32.1, 1122, 1010.4)
    probe_fail(1, 33.1)
    page(33.9, "/products/heather-moor-dk", 200, 540, 0)
    r.at(34.5, chk, '{"level":"info","message":"cart sync ok","timestamp":"{T:iso3}","service":"checkout","attempt":3,"path":"/api/cart/sync"}')
    up(1, 42.1, 655, 560.2)
    r.at(42.8, sysl[1], '{T:syslog} %s k3s[790]: I{T:klog}     790 kubelet.go:2537] "SyncLoop (probe)" probe="readiness" status="ready" pod="shop/%s"'
         % (nodes[1], pods[1]))
    page(44.0, "/products/fjord-4ply-sea-glass", 200, 301, 1)
    up(0, 50.0, 318, 260.3)
    up(1, 52.1, 297, 241.7)
    return r.build(
        "WARN", "probe_failure", "storefront",
        "The storefront readiness probe (GET /up, 1 s timeout) hits a deep health check that runs database queries; under the drop "
        "traffic it takes 1.1-1.4 s, so the probe times out and both pods briefly leave the endpoints, giving a few 503s.",
        "Readiness probes on both storefront pods fail with 'context deadline exceeded' while /up completes with 200 in 1184-1410 ms; "
        "for a few seconds no pod is ready and Traefik returns 503, then the probes pass again without restarts.",
        "Make /up a cheap liveness-style check (move the DB checks out or cache them) and/or raise the readiness timeoutSeconds and "
        "failureThreshold; no urgent action, the service recovered by itself.")


# --------------------------------------------------------------------------- w06
def w06():
    r = Rec("w06", start(2026, 7, 14, 3, 4, 50),
            "booking-web logged a burst of Redis errors overnight. What happened and does it need fixing?",
            selector("kw-web"), ["quiet-cause", "outside-selector"])
    old_node = "ip-10-42-22-5.eu-west-2.compute.internal"
    new_node = "ip-10-42-30-77.eu-west-2.compute.internal"
    kured = lab("kube-system", "kured-%s" % r.alnum(5), "kured", old_node, "kured")
    red_old = lab("kw-data", "redis-sessions-0", "redis", old_node, "redis-sessions")
    red_new = lab("kw-data", "redis-sessions-0", "redis", new_node, "redis-sessions")
    bw = [lab("kw-web", r.pod("booking-web"), "booking-web", n, "booking-web") for n in
          ["ip-10-42-19-7.eu-west-2.compute.internal", "ip-10-42-30-77.eu-west-2.compute.internal"]]
    evd = events("kw-data")
    svc_ip = "172.20.91.14"
    r.at(0.0, kured, 'time="{T:iso0}" level=info msg="Reboot required"')
    r.at(0.31, kured, 'time="{T:iso0}" level=info msg="Acquired reboot lock"')
    r.at(0.35, kured, 'time="{T:iso0}" level=info msg="Draining node %s"' % old_node, ev=True)
    r.at(0.9, kured, 'time="{T:iso0}" level=info msg="evicting pod kw-data/redis-sessions-0"', ev=True)
    r.at(0.9, kured, 'time="{T:iso0}" level=info msg="evicting pod kw-web/%s"' % r.pod("booking-web"))
    r.at(1.02, red_old, "1:signal-handler ({T:epochs}) Received SIGTERM scheduling shutdown...", ev=True)
    r.at(1.12, red_old, "1:M {T:redis} * User requested shutdown...")
    r.at(1.12, red_old, "1:M {T:redis} * Saving the final RDB snapshot before exiting.")
    r.at(1.31, red_old, "1:M {T:redis} * DB saved on disk")
    r.at(1.31, red_old, "1:M {T:redis} # Redis is now ready to exit, bye bye...")
    hosts = [x["pod"] for x in bw]
    t = 1.6
    k = 0
    while t < 49:
        i = k % 2
        r.at(t, bw[i], "[ioredis] Unhandled error event: Error: connect ECONNREFUSED %s:6379" % svc_ip, ev=(k == 0))
        r.at(t + 0.3, bw[i], '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)')
        if k % 2 == 0:
            r.at(t + 0.6, bw[i], '{"level":50,"time":{T:epochms},"pid":1,"hostname":"%s","reqId":"req-%s","err":{"type":"Error","message":"Connection is closed.","stack":"Error: Connection is closed.\\n    at close (/app/node_modules/ioredis/built/redis/event_handler.js:189:25)\\n    at Socket.<anonymous> (/app/node_modules/ioredis/built/redis/event_handler.js:156:20)"},"msg":"session lookup failed"}'
                 % (hosts[i], r.alnum(3)))
            r.at(t + 0.61, bw[i], '{"level":30,"time":{T:epochms},"pid":1,"hostname":"%s","reqId":"req-%s","res":{"statusCode":503},"responseTime":%.1f,"msg":"request completed"}'
                 % (hosts[i], r.alnum(3), 2 + r.rng.random() * 3))
        t += 5.3 + r.rng.random()
        k += 1
    r.at(9.8, evd, event_json(r, "kw-data", "Pod", "redis-sessions-0", "Normal", "Scheduled",
                              "Successfully assigned kw-data/redis-sessions-0 to %s" % new_node, "default-scheduler"))
    r.at(10.2, evd, event_json(r, "kw-data", "Pod", "redis-sessions-0", "Warning", "FailedAttachVolume",
                               'Multi-Attach error for volume \\"pvc-%s\\" Volume is already exclusively attached to one node and can\'t be attached to another' % r.uid(),
                               "attachdetach-controller"))
    r.at(38.6, evd, event_json(r, "kw-data", "Pod", "redis-sessions-0", "Normal", "SuccessfulAttachVolume",
                               'AttachVolume.Attach succeeded for volume \\"pvc-%s\\"' % r.uid(), "attachdetach-controller"))
    r.at(44.1, kured, 'time="{T:iso0}" level=info msg="Running command: [/usr/bin/nsenter -m/proc/1/ns/mnt -- /bin/systemctl reboot] for node: %s"' % old_node)
    r.at(46.9, red_new, "1:C {T:redis} # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo")
    r.at(46.9, red_new, "1:C {T:redis} # Redis version=7.2.5, bits=64, commit=00000000, modified=0, pid=1, just started")
    r.at(46.95, red_new, "1:M {T:redis} * Server initialized")
    r.at(46.96, red_new, "1:M {T:redis} * Loading RDB produced by version 7.2.5")
    r.at(47.37, red_new, "1:M {T:redis} * DB loaded from disk: 0.412 seconds")
    r.at(47.38, red_new, "1:M {T:redis} * Ready to accept connections tcp")
    r.at(49.8, bw[0], '{"level":30,"time":{T:epochms},"pid":1,"hostname":"%s","msg":"redis session store ready"}' % hosts[0])
    r.at(50.4, bw[1], '{"level":30,"time":{T:epochms},"pid":1,"hostname":"%s","msg":"redis session store ready"}' % hosts[1])
    r.at(55.0, bw[0], '{"level":30,"time":{T:epochms},"pid":1,"hostname":"%s","reqId":"req-%s","res":{"statusCode":200},"responseTime":18.4,"msg":"request completed"}' % (hosts[0], r.alnum(3)))
    return r.build(
        "WARN", "connection_refused", "redis-sessions",
        "kured drained node %s for a kernel-update reboot; the single-replica redis-sessions-0 was evicted and had to wait for its EBS "
        "volume to re-attach on another node, so for about 46 s the redis-sessions Service had no endpoint and booking-web got ECONNREFUSED." % old_node,
        "A planned kured reboot evicted redis-sessions-0 (SIGTERM, RDB saved); booking-web logged ECONNREFUSED to %s:6379 and returned "
        "503 for session requests until Redis came up on the new node and ioredis reconnected." % svc_ip,
        "Optional: run Redis for sessions with a replica/Sentinel (or a PodDisruptionBudget plus an HA setup) so node reboots do not remove "
        "the only endpoint; make booking-web degrade gracefully without sessions.")


# --------------------------------------------------------------------------- w07
def w07():
    r = Rec("w07", start(2026, 9, 1, 9, 30, 0),
            "quote-engine threw errors and failed probes this morning. Is it broken?",
            selector("kw-sales"), ["healthy-lookalike"])
    nodes = ["ip-10-42-19-7.eu-west-2.compute.internal", "ip-10-42-31-240.eu-west-2.compute.internal"]
    old = [lab("kw-sales", r.pod("quote-engine"), "quote-engine", n, "quote-engine") for n in nodes]
    new_rs = "quote-engine-%s" % r.alnum(10)
    newp = ["%s-%s" % (new_rs, r.alnum(5)) for _ in range(2)]
    new = [lab("kw-sales", p, "quote-engine", n, "quote-engine") for p, n in zip(newp, nodes[::-1])]
    argo = lab("argocd", "argocd-application-controller-0", "argocd-application-controller", "ip-10-42-5-12.eu-west-2.compute.internal", "argocd-application-controller")
    lbc = lab("kube-system", r.pod("aws-load-balancer-controller"), "aws-load-balancer-controller", "ip-10-42-5-12.eu-west-2.compute.internal", "aws-load-balancer-controller")
    bw = lab("kw-web", r.pod("booking-web"), "booking-web", nodes[0], "booking-web")
    ev = events("kw-sales")
    sync = "00%d-%s" % (r.randint(100, 999), r.alnum(5))
    tg = "arn:aws:elasticloadbalancing:eu-west-2:418277301964:targetgroup/k8s-kwsales-quoteeng-%s/%s" % (r.hexs(10), r.hexs(16))

    def s(lbl, t, lvl, msg, ev_=False):
        r.at(t, lbl, "[{T:sp3} +00:00 %s] %s" % (lvl, msg), ev_)

    r.at(0.0, argo, 'time="{T:iso0}" level=info msg="Initiated automated sync to \'%s\'" application=argocd/quote-engine dest-namespace=kw-sales dest-server="https://kubernetes.default.svc"' % r.hexs(40))
    r.at(0.5, argo, 'time="{T:iso0}" level=info msg="Adding resource result, status: \'Synced\', phase: \'Running\', message: \'deployment.apps/quote-engine configured\'" application=argocd/quote-engine kind=Deployment name=quote-engine namespace=kw-sales phase=Sync syncId=%s' % sync)
    r.at(0.9, argo, 'time="{T:iso0}" level=info msg="Updated health status: Healthy -> Progressing" application=argocd/quote-engine')
    for k in range(2):
        b = 1.0 + k * 41.0
        r.at(b, ev, event_json(r, "kw-sales", "Deployment", "quote-engine", "Normal", "ScalingReplicaSet",
                               "Scaled up replica set %s to %d" % (new_rs, k + 1), "deployment-controller"))
        r.at(b + 2.6, ev, event_json(r, "kw-sales", "Pod", newp[k], "Normal", "Started", "Started container quote-engine", "kubelet", nodes[1 - k]))
        s(new[k], b + 4.1, "INF", "Starting KeyWorks.QuoteEngine 4.3.0 (.NET 8.0.7) in Production")
        s(new[k], b + 5.0, "INF", "Now listening on: http://[::]:8080")
        s(new[k], b + 5.0, "INF", "Application started. Press Ctrl+C to shut down.")
        s(new[k], b + 5.1, "INF", "Warming price book cache: 18244 blank SKUs, 612 cylinder profiles")
        s(new[k], b + 10.2, "WRN", "Health check pricebook with status Unhealthy completed after 0.412ms with message 'price book cache warming (38%)'")
        r.at(b + 10.3, ev, event_json(r, "kw-sales", "Pod", newp[k], "Warning", "Unhealthy",
                                      "Readiness probe failed: HTTP probe failed with statuscode: 503", "kubelet", nodes[1 - k], count=1))
        s(new[k], b + 20.2, "WRN", "Health check pricebook with status Unhealthy completed after 0.388ms with message 'price book cache warming (81%)'")
        r.at(b + 20.3, ev, event_json(r, "kw-sales", "Pod", newp[k], "Warning", "Unhealthy",
                                      "Readiness probe failed: HTTP probe failed with statuscode: 503", "kubelet", nodes[1 - k], count=2))
        s(new[k], b + 26.8, "INF", "Price book cache warm: 18244 SKUs in 21.7s")
        r.at(b + 30.4, lbc, '{"level":"info","ts":"{T:iso3}","logger":"controllers.targetGroupBinding","msg":"registering targets","arn":"%s","targets":[{"AvailabilityZone":null,"Id":"10.42.%d.%d","Port":8080}]}'
             % (tg, r.randint(19, 31), r.randint(2, 250)))
        r.at(b + 31.0, ev, event_json(r, "kw-sales", "Deployment", "quote-engine", "Normal", "ScalingReplicaSet",
                                      "Scaled down replica set quote-engine-%s to %d" % (r.alnum(10), 1 - k), "deployment-controller"))
        r.at(b + 31.2, lbc, '{"level":"info","ts":"{T:iso3}","logger":"controllers.targetGroupBinding","msg":"deRegistering targets","arn":"%s","targets":[{"AvailabilityZone":null,"Id":"10.42.%d.%d","Port":8080}]}'
             % (tg, r.randint(19, 31), r.randint(2, 250)))
        s(old[k], b + 31.4, "INF", "Application is shutting down...")
        s(old[k], b + 31.5, "WRN", "Request GET /api/quotes/QX-%d aborted: client disconnected during shutdown" % r.randint(30000, 39999))
        r.block(b + 31.6, old[k], [
            "[{T:sp3} +00:00 ERR] Failed to push quote metrics batch",
            "System.Threading.Tasks.TaskCanceledException: A task was canceled.",
            "   at KeyWorks.QuoteEngine.Telemetry.MetricsPusher.FlushAsync(CancellationToken ct) in /src/QuoteEngine/Telemetry/MetricsPusher.cs:line 58",
            "   at Microsoft.Extensions.Hosting.Internal.Host.StopAsync(CancellationToken cancellationToken)"])
        s(old[k], b + 32.0, "INF", "Flushed 214 pending quote events to outbox before exit")
    r.at(33.7, bw, '{"level":40,"time":{T:epochms},"pid":1,"hostname":"%s","msg":"quote-engine returned 502 on attempt 1, retrying","quoteRef":"QX-%d"}' % (bw["pod"], r.randint(30000, 39999)))
    r.at(34.1, bw, '{"level":30,"time":{T:epochms},"pid":1,"hostname":"%s","msg":"quote fetched","attempt":2,"latencyMs":212}' % bw["pod"])
    r.at(80.0, argo, 'time="{T:iso0}" level=info msg="Updated health status: Progressing -> Healthy" application=argocd/quote-engine')
    for t in (84.0, 96.5):
        s(new[0], t, "INF", "HTTP POST /api/quotes responded 201 in %.1f ms" % (80 + r.rng.random() * 90))
    return r.build(
        "INFO", "none", "quote-engine",
        "No fault: a planned Argo CD rollout of quote-engine 4.3.0. Readiness 503s during price-book warm-up, shutdown cancellations "
        "in old pods and one retried 502 are the normal side effects of a rolling update.",
        "quote-engine rolled from 4.2.x to 4.3.0: new pods failed readiness only while warming the cache, then became healthy; old pods "
        "shut down gracefully (a cancelled metrics push), booking-web's single 502 succeeded on retry, and Argo CD reports Healthy.",
        "Nothing to do. Optionally add a startupProbe for the warm-up so readiness noise does not show up as warnings.")


# --------------------------------------------------------------------------- w08
def w08():
    r = Rec("w08", start(2026, 10, 4, 1, 0, 0),
            "Did last night's backup of the shelter systems work?",
            selector("velero"), ["healthy-lookalike"])
    vel = lab("velero", r.pod("velero"), "velero", "nacs-wk-01", "velero")
    agents = [lab("velero", "node-agent-%s" % r.alnum(5), "node-agent", n, "node-agent") for n in ["nacs-wk-02", "nacs-wk-03", "nacs-wk-04"]]
    pg = lab("shelter-ops", "vet-rota-postgres-0", "postgres", "nacs-wk-03", "vet-rota-postgres")
    bk = "velero/nightly-shelter-20261004010000"
    cam = r.pod("kennel-cam")

    def v(t, lvl, msg, src, extra="", ev_=False, who=vel):
        r.at(t, who, 'time="{T:iso0}" level=%s msg="%s" backup=%s %slogSource="%s"' % (lvl, msg, bk, extra, src), ev_)

    r.at(0.0, vel, 'time="{T:iso0}" level=info msg="BackupStorageLocations is valid, marking as available" backup-storage-location=velero/default controller=backup-storage-location logSource="pkg/controller/backup_storage_location_controller.go:126"')
    v(0.4, "info", "Setting up backup log", "pkg/controller/backup_controller.go:625", "controller=backup ")
    v(0.5, "info", "Setting up backup store to check for backup existence", "pkg/controller/backup_controller.go:634", "controller=backup ")
    v(1.1, "info", "Backup starting", "pkg/controller/backup_controller.go:646", "controller=backup ")
    v(1.3, "info", "Including namespaces: shelter-ops,adoptions,licensing,public-reports", "pkg/backup/backup.go:252")
    v(4.8, "info", "running exec hook", "internal/hook/item_hook_handler.go:251", 'hookCommand="[/bin/bash -c psql -U postgres -c CHECKPOINT]" hookContainer=postgres hookName="<from-annotation>" hookOnError=Continue hookPhase=pre hookSource=annotation hookTimeout="{30s}" hookType=exec name=vet-rota-postgres-0 namespace=shelter-ops resource=pods ')
    r.at(5.3, pg, "{T:sp3} UTC [4112] LOG:  checkpoint starting: immediate force wait")
    r.at(6.0, pg, "{T:sp3} UTC [4112] LOG:  checkpoint complete: wrote 1841 buffers (11.2%%); 0 WAL file(s) added, 0 removed, 2 recycled; write=0.512 s, sync=0.061 s, total=0.688 s; sync files=94, longest=0.011 s, average=0.001 s; distance=24412 kB, estimate=31208 kB; lsn=3/1A2B4C28, redo lsn=3/1A2B4BF0".replace("%%", "%"))
    v(6.1, "warning", "stderr: WARNING:  there is no transaction in progress", "internal/hook/item_hook_handler.go:274", "hookName=\"<from-annotation>\" name=vet-rota-postgres-0 namespace=shelter-ops ")
    v(9.6, "warning", "Volume kennel-cam-spool in pod shelter-ops/%s is a hostPath volume which is not supported for pod volume backup, skipping" % cam,
      "pkg/podvolume/backupper.go:242")
    v(9.7, "warning", "Volume dshm in pod adoptions/adoption-portal-%s is an emptyDir volume with medium Memory, skipping" % r.alnum(10),
      "pkg/podvolume/backupper.go:242")
    pvcs = [("shelter-ops", "vet-rota-postgres-0", "data", 0, 412, 1.6), ("licensing", "licensing-pg-1", "pgdata", 1, 2048, 4.1),
            ("shelter-ops", "feeding-schedule-db-0", "data", 2, 96, 0.4), ("adoptions", "adoption-cms-0", "uploads", 1, 7310, 11.2)]
    t = 12.0
    for ns, p, vol, a, mib, gib in pvcs:
        pvb = "nightly-shelter-20261004010000-%s" % r.alnum(5)
        r.at(t, agents[a], 'time="{T:iso0}" level=info msg="PodVolumeBackup starting" controller=PodVolumeBackup logSource="pkg/controller/pod_volume_backup_controller.go:108" podvolumebackup=velero/%s' % pvb)
        r.at(t + 0.8, agents[a], 'time="{T:iso0}" level=info msg="Founding existing repo" backupLocation=default logSource="pkg/repository/ensurer.go:86" repositoryType=kopia volumeNamespace=%s' % ns)
        if p == "licensing-pg-1":
            r.at(t + 9.2, agents[a], 'time="{T:iso0}" level=error msg="Failed to update PVB progress" controller=PodVolumeBackup error="Operation cannot be fulfilled on podvolumebackups.velero.io \\"%s\\": the object has been modified; please apply your changes to the latest version and try again" logSource="pkg/controller/pod_volume_backup_controller.go:275" podvolumebackup=velero/%s' % (pvb, pvb))
        dur = 6 + mib / 120.0
        r.at(t + dur, agents[a], 'time="{T:iso0}" level=info msg="kopia progress" bytes=%d controller=PodVolumeBackup logSource="pkg/uploader/kopia/progress.go:67" podvolumebackup=velero/%s volume=%s' % (int(gib * 1024 ** 3), pvb, vol))
        r.at(t + dur + 0.4, agents[a], 'time="{T:iso0}" level=info msg="PodVolumeBackup completed" controller=PodVolumeBackup logSource="pkg/controller/pod_volume_backup_controller.go:201" podvolumebackup=velero/%s' % pvb)
        v(t + dur + 0.6, "info", "Completed pod volume backup for %s/%s volume %s" % (ns, p, vol), "pkg/podvolume/backupper.go:323")
        t += dur + 3.0
    v(t + 1.0, "info", "Backed up a total of 412 items", "pkg/backup/backup.go:478", "progress= ")
    v(t + 1.4, "warning", "Skipped 1 item: volumesnapshotclasses.snapshot.storage.k8s.io is not available on this cluster", "pkg/backup/item_backupper.go:141")
    v(t + 2.0, "info", "Setting up backup store to persist the backup", "pkg/controller/backup_controller.go:729", "controller=backup ")
    v(t + 3.1, "info", "Backup completed", "pkg/controller/backup_controller.go:789", "controller=backup ")
    r.at(t + 3.2, vel, 'time="{T:iso0}" level=info msg="Updating backup\'s final status" backuprequest=%s controller=backup-finalizer logSource="pkg/controller/backup_finalizer_controller.go:111" phase=Completed errors=0 warnings=4' % bk)
    r.at(t + 64.0, vel, 'time="{T:iso0}" level=info msg="Checking for expired DeleteBackupRequests" controller=backup-deletion logSource="pkg/controller/backup_deletion_controller.go:551"')
    r.at(t + 64.3, vel, 'time="{T:iso0}" level=info msg="Backup has expired, deleting it" backup=velero/nightly-shelter-20260904010000 controller=gc logSource="pkg/controller/gc_controller.go:160"')
    return r.build(
        "INFO", "none", "velero",
        "No fault: the nightly Velero backup of the shelter namespaces completed (phase Completed, 0 errors). The warnings are expected "
        "skips (hostPath, in-memory emptyDir, no snapshot class) and a harmless optimistic-concurrency conflict on a progress update.",
        "Velero backed up 412 items and four kopia pod-volume backups; the pre-hook CHECKPOINT ran, the retention GC removed the "
        "month-old backup, and the only errors were a conflict on a PVB status update, which is retried automatically.",
        "Nothing to do. Optionally exclude the hostPath and memory-backed volumes explicitly to silence the warnings.")


# --------------------------------------------------------------------------- w09
def w09():
    r = Rec("w09", start(2026, 8, 20, 8, 10, 0),
            "The pet adoption website has been down since the 08:00 deploy. Why?",
            selector("adoptions"), ["outside-selector"])
    nodes = ["nacs-wk-03", "nacs-wk-04"]
    pods = [r.pod("adoption-portal"), r.pod("adoption-portal")]
    uids = [r.uid(), r.uid()]
    ips = ["10.44.3.17", "10.44.4.22"]
    app = [lab("adoptions", p, "adoption-portal", n, "adoption-portal") for p, n in zip(pods, nodes)]
    kub = [journal(n, "kubelet.service") for n in nodes]
    env = lab("projectcontour", r.pod("envoy"), "envoy", "nacs-wk-01", "envoy")
    ev = events("adoptions")

    def pino(i, t, lvl, msg, extra="", ev_=False):
        r.at(t, app[i], '{"level":%d,"time":{T:epochms},"pid":17,"hostname":"%s","msg":"%s"%s}' % (lvl, pods[i], msg, extra), ev_)

    def cycle(i, s, restart_no, evidence, backoff):
        pino(i, s, 30, "adoption-portal 3.12.0 starting", ',"node":"v20.15.1","env":"production"')
        pino(i, s + 0.4, 30, "warming animal profile cache before accepting traffic", ',"total":612,"source":"http://adoption-cms.adoptions.svc:8080"')
        for k, done in enumerate([118, 241, 352]):
            pino(i, s + 15 + 15 * k, 30, "warming animal profile cache", ',"done":%d,"total":612' % done, evidence and k == 2)
        for k in range(3):
            t = s + 31 + 10 * k
            r.at(t, kub[i], klog("I", "prober.go:107", '"Probe failed" probeType="Liveness" pod="adoptions/%s" podUID="%s" containerName="adoption-portal" '
                                 'probeResult="failure" output="Get \\"http://%s:3000/api/healthz\\": dial tcp %s:3000: connect: connection refused"'
                                 % (pods[i], uids[i], ips[i], ips[i]), 2044), evidence)
            r.at(t + 0.002, ev, event_json(r, "adoptions", "Pod", pods[i], "Warning", "Unhealthy",
                                           'Liveness probe failed: Get \\"http://%s:3000/api/healthz\\": dial tcp %s:3000: connect: connection refused' % (ips[i], ips[i]),
                                           "kubelet", nodes[i], count=3 * restart_no + k + 1))
        r.at(s + 51.01, kub[i], klog("I", "kuberuntime_manager.go:1027", '"Message for Container of pod" containerName="adoption-portal" containerStatusID={"Type":"containerd","ID":"%s"} pod="adoptions/%s" containerMessage="Container adoption-portal failed liveness probe, will be restarted"'
                                     % (r.hexs(64), pods[i]), 2044), evidence)
        r.at(s + 51.02, kub[i], klog("I", "kuberuntime_container.go:779", '"Killing container with a grace period" pod="adoptions/%s" podUID="%s" containerName="adoption-portal" containerID="containerd://%s" gracePeriod=30'
                                     % (pods[i], uids[i], r.hexs(64)), 2044))
        r.at(s + 51.03, ev, event_json(r, "adoptions", "Pod", pods[i], "Normal", "Killing",
                                       "Container adoption-portal failed liveness probe, will be restarted", "kubelet", nodes[i], count=restart_no + 1))
        pino(i, s + 51.1, 40, "SIGTERM received, aborting cache warm-up", ',"done":371,"total":612')
        r.at(s + 53.4, kub[i], klog("E", "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"adoption-portal\\" with CrashLoopBackOff: \\"back-off %s restarting failed container=adoption-portal pod=%s_adoptions(%s)\\"" pod="adoptions/%s" podUID="%s"'
                                     % (backoff, pods[i], uids[i], pods[i], uids[i]), 2044))

    cycle(0, 0.0, 4, True, "2m40s")
    cycle(1, 6.5, 4, False, "2m40s")
    cycle(0, 213.6, 5, False, "5m0s")
    for t in [5.0, 22.0, 40.3, 58.8, 96.1, 151.4, 203.0, 238.9, 270.2]:
        r.at(t, env, '[{T:iso3}] "GET %s HTTP/2" 503 UH 0 19 0 - "%d.%d.%d.%d" "%s" "%s" "adopt.northgate.gov.uk" "-"'
             % (r.pick(["/", "/dogs", "/cats", "/dogs/bramble-2291", "/_next/data/b8Q2/dogs.json"]), r.pick([81, 86, 92, 176]),
                r.randint(1, 254), r.randint(1, 254), r.randint(1, 254), r.pick([IOS_UA, WIN_UA]), r.uid()))
    return r.build(
        "CRITICAL", "probe_failure", "adoption-portal",
        "adoption-portal 3.12.0 warms its 612-profile cache before it listens on :3000 (about 90 s), but the liveness probe (no "
        "startupProbe, ~30 s initial delay, 3 failures x 10 s) sees connection refused and kills the container before warm-up ends, "
        "so every pod restarts in a loop.",
        "Both adoption-portal pods are killed by the kubelet ('failed liveness probe, will be restarted') while still warming the "
        "cache (352-371 of 612 profiles); they never start listening, so Envoy has no healthy upstream and the site returns 503.",
        "Add a startupProbe (or raise initialDelaySeconds/failureThreshold) that covers the warm-up, or start listening before warming "
        "and gate only readiness on the cache; then redeploy.")


# --------------------------------------------------------------------------- w10
def w10():
    r = Rec("w10", start(2026, 6, 1, 2, 0, 0),
            "This month's intake statistics report for the council was never produced. Why?",
            selector("shelter-ops"), ["outside-selector"])
    sched = int((start(2026, 6, 1, 2, 0, 0) - dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)).total_seconds()) // 60
    job = "intake-stats-%d" % sched
    pod = "%s-%s" % (job, r.alnum(5))
    ev = events("shelter-ops")
    evd = events("default")
    ca = lab("kube-system", r.pod("cluster-autoscaler"), "cluster-autoscaler", "nacs-cp-01", "cluster-autoscaler")
    cam = lab("shelter-ops", r.pod("kennel-cam-uploader"), "uploader", "nacs-wk-02", "kennel-cam-uploader")
    md = "MachineDeployment/nacs-capi/nacs-workers"
    msg_fs = ("0/6 nodes are available: 1 node(s) were unschedulable, 2 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, "
              "3 Insufficient memory. preemption: 0/6 nodes are available: 3 No preemption victims found for incoming pod, 3 Preemption is not helpful for scheduling.")
    r.at(-3600 * 2 + 12.0, evd, event_json(r, "default", "Node", "nacs-wk-05", "Normal", "NodeNotSchedulable",
                                           "Node nacs-wk-05 status is now: NodeNotSchedulable", "kubelet", "nacs-wk-05"))
    r.at(0.2, ev, event_json(r, "shelter-ops", "CronJob", "intake-stats", "Normal", "SuccessfulCreate", "Created job %s" % job, "cronjob-controller"))
    r.at(0.3, ev, event_json(r, "shelter-ops", "Job", job, "Normal", "SuccessfulCreate", "Created pod: %s" % pod, "job-controller"))
    r.at(0.4, ev, event_json(r, "shelter-ops", "Pod", pod, "Warning", "FailedScheduling", msg_fs, "default-scheduler"), ev=True)
    t = 10.0
    first = True
    while t < 3600:
        r.at(t, ca, klog("I", "klogx.go:87", "Pod shelter-ops/%s is unschedulable" % pod))
        if first or t > 3000:
            r.at(t + 0.004, ca, klog("I", "orchestrator.go:565", "Pod %s can't be scheduled on %s, predicate checking error: Insufficient memory; "
                                     "predicateName=NodeResourcesFit; reasons: Insufficient memory; debugInfo=" % (pod, "MachineDeployment/nacs-capi/nacs-small")))
            r.at(t + 0.006, ca, klog("I", "orchestrator.go:150", "Skipping node group %s - max size reached" % md), ev=first)
            r.at(t + 0.007, ca, klog("I", "orchestrator.go:597", "No pod can fit to %s" % "MachineDeployment/nacs-capi/nacs-small"))
            r.at(t + 0.008, ca, klog("I", "orchestrator.go:193", "No expansion options"))
            r.at(t + 0.09, ev, event_json(r, "shelter-ops", "Pod", pod, "Normal", "NotTriggerScaleUp",
                                          "pod didn't trigger scale-up: 1 max node group size reached, 1 Insufficient memory, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }",
                                          "cluster-autoscaler", count=int(t // 10) + 1), ev=first)
            first = False
        t += 600 if t < 3000 else 300
    for k, t in enumerate([300.4, 1200.9, 2400.2, 3300.7]):
        r.at(t, ev, event_json(r, "shelter-ops", "Pod", pod, "Warning", "FailedScheduling", msg_fs, "default-scheduler", count=k + 2))
    for t in [120.0, 900.0, 1800.0, 2700.0, 3480.0]:
        r.at(t, cam, 'time="{T:iso0}" level=info msg="snapshot batch uploaded" bucket=kennel-cam objects=%d wing=%s' % (r.randint(40, 60), r.pick(["A", "B", "C", "D"])))
    r.at(3600.6, ev, event_json(r, "shelter-ops", "Job", job, "Warning", "DeadlineExceeded", "Job was active longer than specified deadline", "job-controller"))
    r.at(3600.7, ev, event_json(r, "shelter-ops", "Job", job, "Normal", "SuccessfulDelete", "Deleted pod: %s" % pod, "job-controller"))
    r.at(3601.0, ev, event_json(r, "shelter-ops", "CronJob", "intake-stats", "Warning", "SawCompletedJob",
                                "Saw completed job: %s, status: Failed" % job, "cronjob-controller"))
    return r.build(
        "ERROR", "scheduling", "intake-stats",
        "The monthly intake-stats report Job requests more memory than any schedulable worker has free (3 x Insufficient memory; nacs-wk-05 "
        "cordoned), and cluster-autoscaler cannot add a node because the worker MachineDeployment is at its max size; the pod stayed "
        "Pending until the Job's active deadline.",
        "intake-stats-%d was never scheduled: FailedScheduling every few minutes, NotTriggerScaleUp (max node group size reached), then "
        "DeadlineExceeded after one hour and the CronJob recorded a failed run, so no report was produced." % sched,
        "Lower the job's memory request to what the R report really needs, or raise the nacs-workers max size / uncordon nacs-wk-05, then "
        "re-run the Job manually for June.")


RECORDS = [w01, w02, w03, w04, w05, w06, w07, w08, w09, w10]
