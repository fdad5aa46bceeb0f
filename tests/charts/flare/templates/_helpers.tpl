{{- define "flare.labels" -}}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/instance: {{ .Release.Name }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}

{{- define "flare.volumes" -}}
- name: workspace
  hostPath:
    path: {{ .Values.workspace }}
    type: Directory
{{- end -}}
