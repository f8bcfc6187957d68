import pytest

from retrieval.records import workload_of


@pytest.mark.parametrize(("labels", "workload"), [
    ({"pod": "cart-7d9f4b8c6-x2k9p"}, "cart"),                       # Deployment
    ({"pod": "session-files-wqqxjssffj-bcdfz"}, "session-files"),    # hash without a digit
    ({"pod": "node-exporter-x7k2p"}, "node-exporter"),               # DaemonSet
    ({"pod": "postgres-0"}, "postgres"),                             # StatefulSet
    ({"pod": "api-gw"}, "api-gw"),                                   # a plain name stays
    ({"pod": "my-app-proxy"}, "my-app-proxy"),                       # words have vowels
    ({"pod": "prometheus-k8s-0"}, "prometheus-k8s"),                 # short names with digits
    ({"pod": "s3-sync-7f9c4bd8f-x2k9p"}, "s3-sync"),
    ({"pod": "nightly-etl-1322a8b8fa56fc8f-driver"}, "nightly-etl"),     # Spark driver
    ({"pod": "nightly-etl-1322a8b8fa56fc8f-exec-12"}, "nightly-etl"),    # and executor
    ({"pod": "sessionize-d727bda5-exec-3"}, "sessionize"),              # an 8-digit prefix id
    ({"pod": "cafe-deadbeef-1322a8b8fa56fc8f-exec-1"}, "cafe-deadbeef"),  # hex words: a name
    ({"pod": "fuel-cost-rollup-driver"}, "fuel-cost-rollup"),  # the Spark operator's driver
    ({"pod": "nvidia-driver-daemonset-x2k9p"}, "nvidia-driver-daemonset"),  # a DaemonSet's pod
    ({"pod": "train-ranker-sqwg18kx"}, "train-ranker"),                 # Airflow pod operator
    ({"pod": "k8s-build-x64-rxgqb-runner-4tz2m"}, "k8s-build-x64"),     # ARC runner
    ({"pod": "ci-runner-7d9f4b8c6-x2k9p"}, "ci-runner"),                # a workload so named
    ({"pod": "checkout-00042-deployment-d8r7xg655v-s69q6"}, "checkout"),  # Knative revision
    ({"pod": "blue-green-deployment-7d9f4b8c6-x2k9p"}, "blue-green-deployment"),
    ({"pod": "db-backup-3ab9"}, "db-backup-3ab9"),                      # too short to be one
    ({"pod": "edge-ubuntu24"}, "edge-ubuntu24"),                       # name + version
    ({"pod": "gtfs-static-build-r2157-lqx65"}, "gtfs-static-build"),   # a run's Job
    ({"pod": "api-r2-7d9f4b8c6-x2k9p"}, "api-r2"),                     # r + 1 digit: a name
    # an Argo Workflows step's pod: <workflow>-<template>-<node id>, the workflow a run of a
    # cron schedule (a timestamp) or of generateName (5 characters); not a Vitess tablet's
    # cell and uid, nor a name whose own words end in two numbers
    ({"pod": "invoice-batch-28188568-render-pdfs-1351088648"}, "invoice-batch"),
    ({"pod": "feature-backfill-4wc4l-join-events-1770496195"}, "feature-backfill"),
    ({"pod": "corpus-prep-998mj-system-container-impl-3431097647"}, "corpus-prep"),
    ({"pod": "commerce-vttablet-zone1-2469782763"}, "commerce-vttablet-zone1"),
    ({"pod": "git-example-org-tls-8-2915159290-2627982789"}, "git-example-org-tls"),
    ({"pod": "cart-7d9f4b8c6-x2k9p", "app": "shop-cart"}, "shop-cart"),  # app label wins
    ({"pod": "coredns-5d78c9869d-x2k9p", "app": "kube-dns"}, "coredns"),  # its legacy label
    ({"pod": "kube-dns-5d78c9869d-x2k9p", "app": "kube-dns"}, "kube-dns"),
    ({"pod": "airflow-postgresql-0", "app": "postgresql"}, "airflow-postgresql"),  # release
    ({"pod": "elasticsearch-master-0", "app": "elasticsearch"}, "elasticsearch"),  # a role
    ({"pod": "postgresql-0", "app": "postgresql"}, "postgresql"),
    ({"container": "worker"}, "worker"),
    # suffixes of the wrong alphabet (written by hand or by a generator) after the
    # container's name: that container's workload; not a name's own words, nor another name
    ({"pod": "cctv-archiver-6d9f8b7c5-j3h8w", "container": "cctv-archiver"}, "cctv-archiver"),
    ({"pod": "gate-sync-a1b2c", "container": "gate-sync"}, "gate-sync"),
    ({"pod": "cctv-archiver-6d9f8b7c5-j3h8w"}, "cctv-archiver"),   # a hex hash: see below
    ({"pod": "api-stage-north", "container": "api"}, "api-stage-north"),
    ({"pod": "api-v2-blue", "container": "api"}, "api-v2-blue"),
    ({"pod": "web-6d9f8b7c5-j3h8w", "container": "nginx"}, "web"),
    # a hash of hex digits with a digit and a letter, then 5 characters: a Deployment's pod
    # written by hand or by a generator, whatever its container is called
    ({"pod": "loyalty-notifier-592362de63-5c2tw", "container": "notifier"},
     "loyalty-notifier"),
    ({"pod": "cafe-deadbeef-abcde"}, "cafe-deadbeef-abcde"),          # hex words: a name
    ({"pod": "web-6d9f8-j3h8w", "container": "nginx"}, "web-6d9f8-j3h8w"),  # too short
    ({"pod": "web-6d9f8b7c5-j3h8wx", "container": "nginx"}, "web-6d9f8b7c5-j3h8wx"),
    # a static pod's mirror is its manifest's name and its node's: that manifest's workload
    ({"pod": "etcd-k8s-bm-cp01", "container": "etcd", "node": "k8s-bm-cp01"}, "etcd"),
    ({"pod": "kube-vip-cp-2", "container": "kube-vip", "node": "cp-2"}, "kube-vip"),
    ({"pod": "etcd-k8s-bm-cp01", "container": "etcd", "node": "k8s-bm-cp02"}, "etcd-k8s-bm-cp01"),
    # Rook runs each Ceph daemon as its own Deployment: OSD 1 is rook-ceph-osd-1, whatever
    # the app label all OSDs share; a pod of another of its workloads is named as before
    ({"pod": "rook-ceph-osd-1-6d8f9b7c5-xk2lp", "app": "rook-ceph-osd"}, "rook-ceph-osd-1"),
    ({"pod": "rook-ceph-osd-7-cgf99kv2mh-nzxj8"}, "rook-ceph-osd-7"),
    ({"pod": "rook-ceph-mon-a-7d9c8b6f5-2kqlx", "app": "rook-ceph-mon"}, "rook-ceph-mon-a"),
    ({"pod": "rook-ceph-operator-v7v846hk7-bc28w", "app": "rook-ceph-operator"},
     "rook-ceph-operator"),
    ({}, "unknown"),
])
def test_workload_of(labels, workload):
    assert workload_of(labels) == workload
