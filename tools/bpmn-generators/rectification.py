import os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
PID='rectification-request'; PNAME='Oikaisupyyntö / Rectification request'; START_MESSAGE='RectificationRequestReceived'
DESK_FORM='rectification-request-desk'; REQUEST_TYPE='RECTIFICATION'; FIRST='ReviewCorrection'
OUT=ROOT+'/processes/rectification-request.bpmn'
DOC='''The rectification request (GDPR Art. 16), from the service-desk start form or the email intake's message
RectificationRequestReceived (the correction asked is kept with the case), through identity verification and
subject matching (shared with the access request). A handler compares the correction with the current values and
accepts it (made in the register through the SPI; the old value stays only in the audit trail; the processors are
told, Art. 19) or rejects it with reasons. Business key = case number. Variables: legalDeadline, internalTarget,
atRiskAt, matchOutcome, rectificationDecision, rectifiedField, rectificationApplied, recipientsTold, outcome,
onTimeLegal, onTimeTarget. Values and reasons live in the case tables only.'''
MIDDLE_ELEMENTS='''
el('ReviewCorrection','task',1520,Y,'<bpmn:userTask id="ReviewCorrection" name="Tarkista oikaisu / Review the correction" camunda:formRef="rectification-review" camunda:formRefBinding="latest" camunda:candidateGroups="privacy-handlers" '+DUE+'><bpmn:documentation>Compare the correction asked with the current values; accept it (choose the field and give the corrected value) or reject it with reasons, which the requester is told.</bpmn:documentation><bpmn:extensionElements><camunda:taskListener delegateExpression="${{offerCurrentValues}}" event="create" /></bpmn:extensionElements>{io}</bpmn:userTask>','sub')
el('ApplyRectification','task',1660,Y,'<bpmn:serviceTask id="ApplyRectification" name="Correct in the register" camunda:delegateExpression="${{applyRectification}}">{io}</bpmn:serviceTask>','sub')
el('Corrected','gw',1790,Y,'<bpmn:exclusiveGateway id="Corrected" name="Corrected?" default="Flow_rejectedCorrection">{io}</bpmn:exclusiveGateway>','sub')
el('TellRectificationRecipients','task',1900,Y,'<bpmn:serviceTask id="TellRectificationRecipients" name="Tell the recipients (Art. 19)" camunda:asyncBefore="true" camunda:delegateExpression="${{tellRectificationRecipients}}">'+RETRY.format('R5/PT5M')+'{io}</bpmn:serviceTask>','sub')
el('SendRectificationAnswer','task',2040,Y,'<bpmn:serviceTask id="SendRectificationAnswer" name="Send the answer" camunda:asyncBefore="true" camunda:asyncAfter="true" camunda:delegateExpression="${{sendRectificationAnswer}}">'+RETRY.format('R5/PT5M')+'{io}</bpmn:serviceTask>','sub')
'''
MIDDLE_FLOWS='''
flow('Flow_toApplyRectification','ReviewCorrection','ApplyRectification')
flow('Flow_toCorrected','ApplyRectification','Corrected')
flow('Flow_correctionApplied','Corrected','TellRectificationRecipients',name='yes',cond='${rectificationApplied == true}')
flow('Flow_rejectedCorrection','Corrected','SendRectificationAnswer',name='rejected',wps=[(1790,325),(1790,420),(2040,420),(2040,340)])
flow('Flow_toRectificationAnswer','TellRectificationRecipients','SendRectificationAnswer')
flow('Flow_rectificationAnswered','SendRectificationAnswer','CloseCase')
'''
exec(open(os.path.join(HERE, 'rights_template.py')).read())
